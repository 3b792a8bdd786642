'use client';

import { useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

/**
 * A <details> menu (opens without JavaScript) that, once JavaScript is there, also closes when a link in it
 * is chosen or Escape is pressed: the layout survives client-side navigation, so it would otherwise stay open.
 */
export function MenuDisclosure({ className, summary, children }: { className?: string; summary: ReactNode; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (details.current) details.current.open = false;
  };
  const onClick = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('a')) close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && details.current?.open) {
      close();
      details.current.querySelector('summary')?.focus();
    }
  };
  return (
    <details ref={details} className={className} onClick={onClick} onKeyDown={onKeyDown}>
      {summary}
      {children}
    </details>
  );
}
