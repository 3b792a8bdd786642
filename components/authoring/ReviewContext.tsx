'use client';

import { createContext, useContext } from 'react';

export interface ReviewContextValue {
  deckId: string;
  /** The cited sentence's text, by its id. */
  sentenceText: (sentenceId: string | null) => string | null;
  /** Highlights the sentence in the source text and scrolls to it; `from` is the button to come back to. */
  showSentence: (sentenceId: string, from: HTMLElement) => void;
  /** Says what just happened in the status line at the bottom of the screen (and to screen readers). */
  announce: (message: string) => void;
  /** Items picked for a bulk action, as itemKey() names them. */
  selected: ReadonlySet<string>;
  setSelected: (key: string, on: boolean) => void;
}

/** One name for a card or a question, for picking many at once. */
export function itemKey(kind: 'card' | 'question', id: string): string {
  return `${kind}:${id}`;
}

export const ReviewContext = createContext<ReviewContextValue | null>(null);

export function useReview(): ReviewContextValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error('useReview must be used inside the review screen');
  return value;
}
