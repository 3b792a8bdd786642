// Figures for one text of the corpus: which of the teacher's concepts some usable item tests, and how a teacher
// judged the items. Pure: the bench reads the files, this only counts.
import type { Concept } from '../../lib/generate/types.ts';
import type { EvalItem } from './items.ts';

export type Verdict = 'keep' | 'fix' | 'reject';

export interface TeacherConcept {
  name: string;
  /** Case-insensitive regular expression a generated term or list member must match. */
  match: string;
}

export interface Judgement {
  id: string;
  verdict: Verdict;
  reason?: string;
}

export interface TextFigures {
  concepts: number;
  found: number;
  missing: string[];
  items: number;
  verdicts: Record<Verdict, number>;
  unjudged: number;
  /** Items the automatic defect checks flag. */
  flagged: number;
}

/**
 * A teacher's concept is found when a generated concept names it (its term, or a member of a generated list)
 * and at least one item testing that concept is usable: not judged reject, and not flagged by the automatic
 * checks. Items with no judgement count as usable (the figures report how many were unjudged).
 */
export function evaluateText(input: {
  teacherConcepts: readonly TeacherConcept[];
  concepts: readonly Concept[];
  items: readonly EvalItem[];
  judgements: readonly Judgement[];
  flaggedIds: ReadonlySet<string>;
}): TextFigures {
  const verdictOf = new Map(input.judgements.map((judgement) => [judgement.id, judgement.verdict]));
  const usable = input.items.filter((item) => verdictOf.get(item.id) !== 'reject' && !input.flaggedIds.has(item.id));
  const testedKeys = new Set(usable.flatMap((item) => item.conceptKeys));
  const names = input.concepts
    .filter((concept) => testedKeys.has(concept.key))
    .flatMap((concept) => [concept.term, ...(concept.kind === 'list' ? (concept.members ?? []) : [])])
    .map(normalizeTerm);
  const missing = input.teacherConcepts.filter((concept) => {
    const pattern = conceptPattern(concept.match);
    return !names.some((name) => pattern.test(name));
  });
  const verdicts: Record<Verdict, number> = { keep: 0, fix: 0, reject: 0 };
  let unjudged = 0;
  for (const item of input.items) {
    const verdict = verdictOf.get(item.id);
    if (verdict) verdicts[verdict]++;
    else unjudged++;
  }
  return {
    concepts: input.teacherConcepts.length,
    found: input.teacherConcepts.length - missing.length,
    missing: missing.map((concept) => concept.name),
    items: input.items.length,
    verdicts,
    unjudged,
    flagged: input.items.filter((item) => input.flaggedIds.has(item.id)).length,
  };
}

/** "Plate  tectonics" and "plate tectonics" are one name. */
function normalizeTerm(term: string): string {
  return term.replace(/\s+/g, ' ').trim();
}

/** The teacher's pattern, in Unicode mode when it is valid there (so \\p{L} works), else as plain JavaScript. */
export function conceptPattern(source: string): RegExp {
  try {
    return new RegExp(source, 'iu');
  } catch {
    return new RegExp(source, 'i');
  }
}
