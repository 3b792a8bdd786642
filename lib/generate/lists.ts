// Enumerations: "the fundamental principles of democracy — political pluralism, representation, elective
// officials", "three branches: the legislature, the executive and the judiciary". Not "properties such as A, B and
// C" or "functions, including A, B and C": those name examples, not the members, and a "select all" on them asks
// for a part of the text's illustrations (teachers struck every such question on the corpus).
import type { Token } from './nlp.ts';
import type { Phrase } from './phrases.ts';
import { renderTokens } from './tokens.ts';

export interface ListMatch {
  /** What the members are members of. */
  head: Phrase;
  members: string[];
}

const LIST_CUES = new Set(['—', '–', ':', '-']);
const MIN_MEMBERS = 3;
const MAX_MEMBER_WORDS = 4;
const FILLER = new Set(['etc', 'etc.', 'others', 'other', 'so', 'on', 'forth']);

export function findLists(tokens: readonly Token[], phrases: readonly Phrase[]): ListMatch[] {
  const lists: ListMatch[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const cueLength = listCueLength(tokens, i);
    if (!cueLength) continue;
    const head = phrases
      .filter((phrase) => phrase.end === i || (phrase.end === i - 1 && tokens[i - 1]!.text === ','))
      .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    if (!head || !(head.plural || head.extended)) continue;
    // "these rocks include …" leans on the sentence before; "clostridia responsible for serious infections
    // include …" lists clostridia, not infections: a head inside a prepositional phrase is not what "include" lists.
    const before = [tokens[head.start - 1], tokens[head.start]].map((token) => token?.lower ?? '');
    if (before.some((word) => /^(this|these|those|such)$/.test(word))) continue;
    if (tokens[i]!.lower !== ':' && !LIST_CUES.has(tokens[i]!.text) && tokens[head.start - 1]?.pos === 'ADP') continue;
    // "two main types of lymphocytes: B cells and T cells" announces its size; otherwise a list has three or more.
    const announced = tokens.slice(Math.max(0, head.start - 2), head.end).some((token) => token.lower === 'two') ? 2 : MIN_MEMBERS;
    const members = listMembers(tokens.slice(i + cueLength), announced);
    if (members) lists.push({ head, members });
  }
  return lists;
}

/** A dash or colon, "namely", or a plural verb "are/include" before the items. */
function listCueLength(tokens: readonly Token[], i: number): number {
  const token = tokens[i]!;
  if (LIST_CUES.has(token.text)) return 1;
  if (token.lower === 'namely') return 1;
  if ((token.lower === 'include' || token.lower === 'are') && tokens[i - 1]?.pos === 'NOUN') return 1;
  return 0;
}

/** The items up to the end of the list, or null when they are not a list of short names. */
function listMembers(tokens: readonly Token[], minMembers: number): string[] | null {
  const items: Token[][] = [[]];
  /** The conjunction that ended each item, where one did ("liberal and …"). */
  const joinedBy: (Token | undefined)[] = [];
  for (const token of tokens) {
    if (/^[.;!?]$/.test(token.text)) break;
    if (token.text === ',' || token.lower === 'and' || token.lower === 'or') {
      if (items[items.length - 1]!.length > 0) {
        joinedBy[items.length - 1] = token.text === ',' ? undefined : token;
        items.push([]);
      }
      continue;
    }
    if (token.pos === 'PUNCT' && !/^[-']$/.test(token.text)) continue;
    items[items.length - 1]!.push(token);
  }
  const members = withSharedHeads(items, joinedBy)
    .filter((item) => item.length > 0)
    .filter((item) => !item.every((token) => FILLER.has(token.lower)))
    .map((item) => (item[0]?.pos === 'DET' ? item.slice(1) : item));
  const usable = members.every(
    (item) =>
      item.length > 0 &&
      item.length <= MAX_MEMBER_WORDS &&
      item.some((token) => ['NOUN', 'PROPN', 'ADJ'].includes(token.pos)) &&
      renderTokens(item).length >= 4 &&
      !item.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PRON'),
  );
  if (!usable || members.length < minMembers) return null;
  return members.map((item) => renderTokens(item));
}

/**
 * "liberal and social worldviews": modifiers joined by "and"/"or" share the noun after the last of them, so they
 * make one member, not a bare "liberal" and a "social worldviews".
 */
function withSharedHeads(items: readonly Token[][], joinedBy: readonly (Token | undefined)[]): Token[][] {
  const merged: Token[][] = [];
  for (let i = 0; i < items.length; i++) {
    let item = items[i]!;
    while (
      joinedBy[i] !== undefined &&
      item.length > 0 &&
      item.every((token) => token.pos === 'ADJ') &&
      items[i + 1]?.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')
    ) {
      item = [...item, joinedBy[i]!, ...items[i + 1]!];
      i++;
    }
    merged.push(item);
  }
  return merged;
}
