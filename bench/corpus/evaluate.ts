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
  /**
   * The judged items split by whether they test a concept the teacher picked: what a teacher who chooses the
   * concepts first (the review screen) is left with, against what the rest of the draft adds.
   */
  byChoice: { teacher: Record<Verdict, number>; other: Record<Verdict, number> };
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
  const byChoice = { teacher: { keep: 0, fix: 0, reject: 0 }, other: { keep: 0, fix: 0, reject: 0 } };
  const patterns = input.teacherConcepts.map((concept) => conceptPattern(concept.match));
  const chosenKeys = new Set(
    input.concepts.filter((concept) => namesOf(concept).some((name) => patterns.some((pattern) => pattern.test(name)))).map((concept) => concept.key),
  );
  let unjudged = 0;
  for (const item of input.items) {
    const verdict = verdictOf.get(item.id);
    if (verdict) {
      verdicts[verdict]++;
      byChoice[item.conceptKeys.some((key) => chosenKeys.has(key)) ? 'teacher' : 'other'][verdict]++;
    } else unjudged++;
  }
  return {
    concepts: input.teacherConcepts.length,
    found: input.teacherConcepts.length - missing.length,
    missing: missing.map((concept) => concept.name),
    items: input.items.length,
    verdicts,
    unjudged,
    flagged: input.items.filter((item) => input.flaggedIds.has(item.id)).length,
    byChoice,
  };
}

/** A generated concept's names: its term, and a list's members. */
function namesOf(concept: Concept): string[] {
  return [concept.term, ...(concept.kind === 'list' ? (concept.members ?? []) : [])].map(normalizeTerm);
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

/** What the generator knows of a text's concepts, to say where a missed teacher concept was lost. */
export interface Trace {
  /** Every phrase name the analysis found (noun phrases, defined, listed and named terms). */
  phraseNames: readonly string[];
  /** Concepts rankConcepts gives with no limit, best first: their names (term and list members). */
  ranked: readonly (readonly string[])[];
  /** How many concepts the draft takes. */
  cut: number;
}

/**
 * Where a teacher's concept the draft misses was lost: no phrase names it; it never became a concept; it ranked
 * below the draft's cut; it was picked but the gate left no item; or every item of it was judged reject (or
 * flagged by the automatic checks).
 */
export function whereLost(
  teacherConcept: TeacherConcept,
  trace: Trace,
  input: {
    concepts: readonly Concept[];
    items: readonly EvalItem[];
    judgements: readonly Judgement[];
    flaggedIds: ReadonlySet<string>;
    /** The defects for which the gate left out items of the concept with this key. */
    gateDefects?: (key: string) => readonly string[];
  },
): string {
  const pattern = conceptPattern(teacherConcept.match);
  const names = (concept: Concept) => [concept.term, ...(concept.kind === 'list' ? (concept.members ?? []) : [])].map(normalizeTerm);
  const picked = input.concepts.filter((concept) => names(concept).some((name) => pattern.test(name)));
  if (picked.length) {
    const keys = new Set(picked.map((concept) => concept.key));
    const items = input.items.filter((item) => item.conceptKeys.some((key) => keys.has(key)));
    if (items.length === 0) {
      const defects = [...new Set(picked.flatMap((concept) => input.gateDefects?.(concept.key) ?? []))];
      return `picked, but the gate left no item${defects.length ? `: ${defects.join(', ')}` : ''}`;
    }
    if (items.every((item) => input.flaggedIds.has(item.id))) return 'picked, every item flagged';
    return 'picked, every item judged reject';
  }
  const rank = trace.ranked.findIndex((concept) => concept.map(normalizeTerm).some((name) => pattern.test(name)));
  // With no limit, dates the draft dropped can move a concept up a place or two: "within the cut" means about there.
  if (rank >= 0) return rank < trace.cut ? `ranked ${rank + 1} with no limit, at the cut of ${trace.cut} (within the cut) but not in the draft` : `ranked ${rank + 1}, below the cut of ${trace.cut}`;
  if (trace.phraseNames.some((name) => pattern.test(normalizeTerm(name)))) return 'not concept-worthy';
  return 'no candidate';
}

/** The class of a whereLost answer, to count misses by cause ("ranked 40, below the cut of 30" → "below the cut"). */
export function lossClass(where: string): string {
  if (where.includes('below the cut')) return 'below the cut';
  if (where.includes('within the cut')) return 'left out within the cut';
  if (where.startsWith('picked, but the gate')) return 'picked, but the gate left no item';
  return where;
}
