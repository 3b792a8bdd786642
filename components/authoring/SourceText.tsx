'use client';

import { useEffect, useRef } from 'react';
import styles from './authoring.module.css';

/** The article as the teacher gave it, with the selected sentence marked and brought into view. */
export function SourceText({ content, highlight }: { content: string; highlight: { start: number; end: number; id: string } | null }) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!highlight || !mark.current) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.current.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    mark.current.focus({ preventScroll: true });
  }, [highlight]);
  if (!highlight) return <div className={styles.article}>{content}</div>;
  return (
    <div className={styles.article}>
      {content.slice(0, highlight.start)}
      <mark ref={mark} tabIndex={-1} className={styles.mark} data-testid="highlighted-sentence">
        {content.slice(highlight.start, highlight.end)}
      </mark>
      {content.slice(highlight.end)}
    </div>
  );
}
