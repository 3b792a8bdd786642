// Dates and events: "The transition … actually began with the end of 1986" becomes the event "the transition
// … began", dated "the end of 1986", askable as "When did the transition … begin?".
import type { Token } from './nlp.ts';
import { renderTokens } from './tokens.ts';

export interface DateEvent {
  /** The date as written, with its article: "the end of 1986". */
  date: string;
  year: number;
  /** The event, as a clause: "the transition of Kazakhstan society … to democracy actually began". */
  event: string;
  /** "When did the transition … begin?" */
  question: string;
  /** Lemma of the subject's head noun, for the concept key. */
  subjectHead: string;
}

const YEAR = /\b(1[0-9]{3}|20[0-9]{2})\b/;
const DATE_PREPOSITIONS = new Set(['in', 'at', 'with', 'since', 'by', 'on', 'during', 'from', 'until', 'before', 'after']);

export function findDateEvents(tokens: readonly Token[], dates: readonly string[], properForms: ReadonlySet<string>): DateEvent[] {
  const events: DateEvent[] = [];
  dates.forEach((date, entity) => {
    const year = YEAR.exec(date);
    if (!year) return;
    let start = tokens.findIndex((token) => token.dateEntity === entity);
    let end = start;
    while (tokens[end + 1]?.dateEntity === entity) end++;
    if (start < 0) return;
    if (tokens[start - 1]?.pos === 'DET') start--;
    const preposition = tokens[start - 1];
    if (!preposition || !DATE_PREPOSITIONS.has(preposition.lower)) return;
    const event = eventBefore(tokens, start - 1, properForms);
    if (!event) return;
    events.push({ date: renderTokens(tokens.slice(start, end + 1)), year: Number(year[1]), ...event });
  });
  return events;
}

/** Subject and main verb before the date's preposition, turned into a "When did …?" question. */
function eventBefore(tokens: readonly Token[], prepositionAt: number, properForms: ReadonlySet<string>) {
  // The clause the date belongs to starts after the last ", and" / ", but" / ";" before it.
  let clauseStart = 0;
  for (let i = 0; i < prepositionAt; i++) {
    const token = tokens[i]!;
    if (token.text === ';' || (token.text === ',' && /^(and|but|while|whereas)$/.test(tokens[i + 1]?.lower ?? ''))) {
      clauseStart = token.text === ';' ? i + 1 : i + 2;
    }
  }
  const clause = tokens.slice(clauseStart, prepositionAt);
  const verbAt = clause.findIndex((token, i) => token.pos === 'VERB' && i > 0);
  if (verbAt < 1) return null;
  let subjectEnd = verbAt;
  const adverbs: Token[] = [];
  while (clause[subjectEnd - 1]?.pos === 'ADV') adverbs.unshift(clause[--subjectEnd]!);
  const auxiliary = clause[subjectEnd - 1]?.pos === 'AUX' ? clause[--subjectEnd] : undefined;
  const subject = clause.slice(0, subjectEnd);
  if (!subject.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return null;
  if (subject.some((token) => token.text === ',' ) && subject[subject.length - 1]?.pos === 'PUNCT') return null;
  if (subject[0]?.pos === 'PRON' || subject[0]?.pos === 'ADP' || subject[0]?.pos === 'SCONJ') return null;
  // A subject holds no verb or relative clause of its own; otherwise the clause is too tangled to ask about.
  if (subject.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || /^(that|which|who|when)$/.test(token.lower))) return null;
  const verb = clause[verbAt]!;
  const objectAfterVerb = clause.slice(verbAt + 1);
  // "was created in 1913 and adopted …": the date belongs to a second verb; asking about it would garble both.
  if (objectAfterVerb.some((token) => token.lower === 'and' || token.pos === 'NUM' || token.dateEntity >= 0)) return null;
  const subjectText = subjectForQuestion(subject, properForms);
  const head = [...subject].reverse().find((token) => token.pos === 'NOUN' || token.pos === 'PROPN')!;
  const plural = head.pos === 'NOUN' && head.lemma !== head.lower;
  let question: string;
  if (auxiliary && auxiliary.lemma === 'be') {
    question = `When ${plural ? 'were' : 'was'} ${subjectText} ${verb.text}${tail(objectAfterVerb)}?`;
  } else if (!auxiliary && verb.lower !== verb.lemma) {
    question = `When did ${subjectText}${adverbs.length ? ` ${renderTokens(adverbs)}` : ''} ${verb.lemma}${tail(objectAfterVerb)}?`;
  } else {
    return null;
  }
  return { event: renderTokens(clause).replace(/[\s,;:]+$/, ''), question, subjectHead: head.lemma };
}

/** The words after the verb, without the comma that closed an aside before the date (", against smallpox,"). */
function tail(tokens: readonly Token[]): string {
  const text = renderTokens(tokens).replace(/[\s,;:]+$/, '');
  return text ? ` ${text}` : '';
}

/** Lower-cases a common first word and adds "the" where the text dropped it: "Transition of …" → "the transition of …". */
function subjectForQuestion(subject: readonly Token[], properForms: ReadonlySet<string>): string {
  const [first, ...others] = subject;
  if (!first) return '';
  const name = first.pos === 'PROPN' || properForms.has(first.lower) || /^\p{Lu}[\p{Lu}\d/]+$/u.test(first.text);
  const firstText = name ? first.text : first.lower;
  const needsArticle = !name && first.pos === 'NOUN' && first.lemma === first.lower;
  return `${needsArticle ? 'the ' : ''}${renderTokens([{ ...first, text: firstText }, ...others])}`;
}
