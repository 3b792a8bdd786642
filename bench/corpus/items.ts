// The generator's output as one flat list of items a teacher reads: every card and every question, each with a
// stable id (a hash of what it shows), so a teacher's verdict on an item survives re-runs that make the same item.
import { createHash } from 'node:crypto';
import type { Generated } from '../../lib/generate/types.ts';

export type ItemKind = `card:${'basic' | 'reverse' | 'cloze'}` | `question:${string}`;

export interface EvalItem {
  id: string;
  kind: ItemKind;
  /** The concept keys the item tests (a matching question tests each of its pairs). */
  conceptKeys: string[];
  /** What the student sees first: a card's front or a question's prompt (with its choices). */
  front: string;
  /** The answer: a card's back or a question's key. */
  back: string;
  /** The cited sentence, verbatim. */
  source: string;
}

export function itemId(kind: string, front: string, back: string): string {
  return createHash('sha256').update(`${kind}\n${front}\n${back}`).digest('hex').slice(0, 12);
}

export function itemsOf(generated: Generated): EvalItem[] {
  const byTerm = new Map(generated.concepts.map((concept) => [concept.term.toLowerCase(), concept.key]));
  const cards = generated.cards.map((card): EvalItem => {
    const kind = `card:${card.kind}` as const;
    return { id: itemId(kind, card.front, card.back), kind, conceptKeys: [card.conceptKey], front: card.front, back: card.back, source: card.source.sentence };
  });
  const questions = generated.questions.map((question): EvalItem => {
    const kind = `question:${question.type}` as const;
    const choices = 'choices' in question && question.type !== 'truefalse' ? question.choices : [];
    const front = choices.length ? `${question.prompt}\n${choices.map((choice) => `- ${choice}`).join('\n')}` : question.prompt;
    const back =
      question.type === 'numeric'
        ? `${question.answer}${question.unit ? ` ${question.unit}` : ''}${question.tolerance ? ` (± ${question.tolerance})` : ''}`
        : Array.isArray(question.answer)
          ? question.answer.map((answer) => (Array.isArray(answer) ? answer.join(' → ') : answer)).join(question.type === 'ordering' ? ' → ' : '; ')
          : String(question.answer);
    const conceptKeys =
      question.type === 'matching'
        ? question.answer.map(([term]) => byTerm.get(term.toLowerCase()) ?? question.conceptKey)
        : [question.conceptKey];
    return { id: itemId(kind, front, back), kind, conceptKeys, front, back, source: question.source.sentence };
  });
  return [...cards, ...questions];
}
