'use client';

import { useEffect, useRef } from 'react';
import styles from './authoring.module.css';

/**
 * The article as the teacher gave it, with the selected sentence marked and brought into view. On a wide screen it
 * scrolls inside its column, so it takes the keyboard's focus too (arrow keys scroll it) and is named by its heading.
 */
export function SourceText({
  id,
  content,
  highlight,
  labelledBy,
}: {
  /** The article's element id, for selecting words in it (AddFromSelection). */
  id?: string;
  content: string;
  highlight: { start: number; end: number; id: string } | null;
  labelledBy: string;
}) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!highlight || !mark.current) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.current.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    mark.current.focus({ preventScroll: true });
  }, [highlight]);
  const region = { id, className: styles.article, tabIndex: 0, role: 'region', 'aria-labelledby': labelledBy } as const;
  if (!highlight) return <div {...region}>{content}</div>;
  return (
    <div {...region}>
      {content.slice(0, highlight.start)}
      <mark ref={mark} tabIndex={-1} className={styles.mark} data-testid="highlighted-sentence">
        {content.slice(highlight.start, highlight.end)}
      </mark>
      {content.slice(highlight.end)}
    </div>
  );
}
