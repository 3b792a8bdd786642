// Place names and the words for their peoples ("United States", "Africa", "Europeans"). A text names places as the
// setting of what it teaches; a blank on one ("In the _____, patent rights last 20 years") tests geography the
// student already knows or trivia, not the subject, and teachers struck such blanks nearly always. Only a text
// about the place (its title or a heading names it) or one that introduces it on purpose teaches it.
//
// The gazetteer is the one shipped with the runtime: Intl.DisplayNames knows every ISO 3166 country and the UN M49
// continents and regions, in English, so no hand list of countries goes stale.

/** The UN M49 codes of continents and regions ("002" Africa, "150" Europe, "419" Latin America). */
const M49_MAX = 999;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Places the ISO and M49 lists leave out that textbooks name as settings: former states, the parts of the UK, seas. */
const OTHER_PLACES = [
  'Soviet Union',
  'USSR',
  'England',
  'Scotland',
  'Wales',
  'Britain',
  'Great Britain',
  'Holland',
  'Middle East',
  'Near East',
  'Far East',
  'Scandinavia',
  'the Mediterranean',
  'Mediterranean',
  'America',
  'the West',
  'Earth',
  'the Earth',
  'U.S.',
  'US',
  'USA',
  'UK',
];

/** Demonyms no rule derives from the place's name. */
const IRREGULAR_DEMONYMS = [
  'British',
  'English',
  'French',
  'Spanish',
  'Portuguese',
  'Dutch',
  'German',
  'Germans',
  'Irish',
  'Scottish',
  'Scots',
  'Welsh',
  'Swiss',
  'Swedish',
  'Swedes',
  'Danish',
  'Danes',
  'Finnish',
  'Finns',
  'Polish',
  'Poles',
  'Greek',
  'Greeks',
  'Turkish',
  'Turks',
  'Chinese',
  'Japanese',
  'Vietnamese',
  'Thai',
  'Arab',
  'Arabs',
  'Soviet',
  'Soviets',
  'Westerners',
];

function regionNames(): string[] {
  if (typeof Intl.DisplayNames !== 'function') return [];
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const codes = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));
  for (let code = 1; code <= M49_MAX; code++) codes.push(String(code).padStart(3, '0'));
  const found: string[] = [];
  for (const code of codes) {
    let name: string | undefined;
    try {
      name = names.of(code);
    } catch {
      continue;
    }
    // An unknown code comes back as itself; "Pseudo-Accents" and "Unknown Region" are locale-testing entries.
    if (!name || name === code || /^(?:Pseudo|Unknown)/.test(name)) continue;
    found.push(...spellings(name));
  }
  return found;
}

/** "Myanmar (Burma)" → both; "Congo - Kinshasa" → "Congo"; "Bosnia & Herzegovina" → with "and"; "St." → "Saint". */
function spellings(name: string): string[] {
  const out = new Set<string>([name]);
  const bracket = /^(.*?)\s*\((.*)\)$/.exec(name);
  if (bracket) out.add(bracket[1]!).add(bracket[2]!);
  const dash = /^(.*?)\s+-\s+/.exec(name);
  if (dash) out.add(dash[1]!);
  for (const spelled of [...out]) {
    if (spelled.includes('&')) out.add(spelled.replace(/&/g, 'and'));
    if (/^St\.\s/.test(spelled)) out.add(spelled.replace(/^St\.\s/, 'Saint '));
  }
  return [...out];
}

/**
 * The word for a place's people, by the common English endings: Africa → African, Europe → European, Italy →
 * Italian, Brazil → Brazilian. A wrong guess ("Ukrainean") is harmless: no text writes it.
 */
function demonymsOf(place: string): string[] {
  const words = place.split(' ');
  const last = words.pop()!;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(last)) return [];
  const stems = /a$/.test(last) ? [`${last}n`] : /e$/.test(last) ? [`${last}an`] : /y$/.test(last) ? [`${last.slice(0, -1)}ian`] : [`${last}ian`, `${last}ese`];
  return stems.map((stem) => [...words, stem].join(' '));
}

function lower(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

let gazetteer: Set<string> | undefined;

function placeWords(): Set<string> {
  if (gazetteer) return gazetteer;
  const places = [...regionNames(), ...OTHER_PLACES];
  const demonyms = [...places.flatMap(demonymsOf), ...IRREGULAR_DEMONYMS];
  // A people in the plural ("Europeans", "Africans"); "-ish", "-ese" and "-ch" words are their own plural.
  const plurals = demonyms.filter((word) => !/(?:ish|ese|ch|ss)$/.test(word)).map((word) => `${word}s`);
  gazetteer = new Set([...places, ...demonyms, ...plurals].map(lower));
  return gazetteer;
}

/** The answer is a place or its people, nothing more ("the United States", "Europeans", "South America"). */
export function isPlaceName(answer: string): boolean {
  const text = lower(answer.replace(/[’']s$/, '')).replace(/^the /, '');
  return text.length > 0 && (placeWords().has(text) || placeWords().has(`the ${text}`));
}

/**
 * A blank, or a question's key, on a place the text does not teach: it neither introduces it on purpose nor puts it
 * in a heading (a text about the place is one whose title or headings name it).
 */
export function untaughtPlace(answer: string, concept: { named?: boolean; headed?: boolean }): boolean {
  return !concept.named && !concept.headed && isPlaceName(answer);
}
