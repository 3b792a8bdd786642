// Checks a translated message catalogue against the English one, so a language is never shipped with a key missing,
// a placeholder renamed (the user would see "{count}" or nothing), a plural form the language needs left out (Russian
// "5 карточка"), or English left in. Pure: the caller reads the files (lib/i18n/message-files.test.ts).
import {
  type MessageFormatElement,
  type PluralElement,
  isArgumentElement,
  isDateElement,
  isLiteralElement,
  isNumberElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
} from '@formatjs/icu-messageformat-parser';

export type Messages = { readonly [key: string]: unknown };

export interface MessageProblem {
  /** The dotted path of the message, e.g. "Study.sync.offline". */
  key: string;
  /** What is wrong and what to do about it. */
  problem: string;
}

export interface CheckOptions {
  /** The translation's locale, for its plural rules (e.g. "ru"). */
  locale: string;
  /** Keys whose message may stay exactly as in English: brand names, commands. */
  mayEqualReference?: ReadonlySet<string>;
  /** The reference's name in problem texts. */
  referenceName?: string;
}

type ArgumentType = 'plain' | 'number' | 'date' | 'time' | 'select' | 'plural' | 'selectordinal';

interface Shape {
  /** "name: type" for each ICU argument, e.g. "count: plural". */
  arguments: Set<string>;
  tags: Set<string>;
  plurals: PluralElement[];
  /** The text outside arguments, to tell real wording from a format like "{from}–{to}". */
  literalText: string;
}

/** Every message of a nested catalogue by dotted key; a value that is neither text nor a group is kept to be reported. */
export function flattenMessages(messages: Messages, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const path = `${prefix}${key}`;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, message] of flattenMessages(value as Messages, `${path}.`)) flat.set(inner, message);
    } else {
      flat.set(path, value);
    }
  }
  return flat;
}

function argumentType(element: MessageFormatElement): ArgumentType | null {
  if (isArgumentElement(element)) return 'plain';
  if (isNumberElement(element)) return 'number';
  if (isDateElement(element)) return 'date';
  if (isTimeElement(element)) return 'time';
  if (isSelectElement(element)) return 'select';
  if (isPluralElement(element)) return element.pluralType === 'ordinal' ? 'selectordinal' : 'plural';
  return null;
}

function shapeOf(elements: MessageFormatElement[], shape: Shape = { arguments: new Set(), tags: new Set(), plurals: [], literalText: '' }): Shape {
  for (const element of elements) {
    if (isLiteralElement(element)) shape.literalText += element.value;
    if (isPoundElement(element)) continue;
    const type = argumentType(element);
    if (type) shape.arguments.add(`${element.value}: ${type}`);
    if (isPluralElement(element)) shape.plurals.push(element);
    if (isTagElement(element)) {
      shape.tags.add(element.value);
      shapeOf(element.children, shape);
    }
    if (isSelectElement(element) || isPluralElement(element)) {
      for (const option of Object.values(element.options)) shapeOf(option.value, shape);
    }
  }
  return shape;
}

function parseMessage(message: string): { elements: MessageFormatElement[] } | { error: string } {
  try {
    return { elements: parse(message, { requiresOtherClause: true }) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function containsPound(elements: MessageFormatElement[]): boolean {
  return elements.some(
    (element) =>
      isPoundElement(element) ||
      (isTagElement(element) && containsPound(element.children)) ||
      ((isSelectElement(element) || isPluralElement(element)) && Object.values(element.options).some((option) => containsPound(option.value))),
  );
}

/** A few numbers that fall into each plural category of a locale, to show in a problem ("few: 2, 3, 4, 22…"). */
function categoryExamples(locale: string, type: Intl.PluralRulesOptions['type']): Map<string, number[]> {
  const rules = new Intl.PluralRules(locale, { type });
  const examples = new Map<string, number[]>();
  // Whole numbers first; a category that only fractions reach (Russian "other") gets those.
  for (const n of [...Array.from({ length: 201 }, (_, index) => index), 0.5, 1.5, 2.5, 10.5]) {
    const category = rules.select(n);
    const list = examples.get(category) ?? [];
    if (list.length < 4) list.push(n);
    examples.set(category, list);
  }
  return examples;
}

const CATEGORY_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

function pluralProblems(plural: PluralElement, locale: string): string[] {
  const syntax = plural.pluralType === 'ordinal' ? 'selectordinal' : 'plural';
  const categories = (new Intl.PluralRules(locale, { type: plural.pluralType }).resolvedOptions().pluralCategories as string[]).sort(
    (a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b),
  );
  const examples = categoryExamples(locale, plural.pluralType);
  const describe = (category: string) => `${category} (${(examples.get(category) ?? []).join(', ')}…)`;
  const selectors = Object.keys(plural.options);
  const problems: string[] = [];
  const missing = categories.filter((category) => !selectors.includes(category));
  if (missing.length > 0) {
    problems.push(
      `{${plural.value}, ${syntax}} has no ${missing.map((category) => `"${category}"`).join(', ')} branch: ${locale} needs ${categories.map(describe).join(', ')}. Add the missing branch${missing.length > 1 ? 'es' : ''}.`,
    );
  }
  if (!selectors.includes('other')) problems.push(`{${plural.value}, ${syntax}} has no "other" branch: add one.`);
  const unused = selectors.filter((selector) => !selector.startsWith('=') && !categories.includes(selector));
  if (unused.length > 0) {
    problems.push(`{${plural.value}, ${syntax}} has the branch ${unused.map((selector) => `"${selector}"`).join(', ')}, which ${locale} never chooses (its categories are ${categories.join(', ')}): remove it or rename it.`);
  }
  const oneCoversMore = (examples.get('one') ?? []).some((n) => n !== 1);
  const one = plural.options.one;
  if (syntax === 'plural' && oneCoversMore && one && !containsPound(one.value) && !('=1' in plural.options)) {
    problems.push(
      `{${plural.value}, plural}: in ${locale} "one" also covers ${(examples.get('one') ?? []).join(', ')}…, but its branch has no # to show the number. Write # in it, or give 1 its own "=1" branch.`,
    );
  }
  return problems;
}

const listed = (items: Iterable<string>) => [...items].map((item) => `{${item}}`).join(', ');

/** What is wrong with a translation compared with the reference (English) catalogue, message by message. */
export function checkTranslation(reference: Messages, translation: Messages, options: CheckOptions): MessageProblem[] {
  const { locale, mayEqualReference = new Set<string>(), referenceName = 'en' } = options;
  const expected = flattenMessages(reference);
  const actual = flattenMessages(translation);
  const problems: MessageProblem[] = [];
  const report = (key: string, problem: string) => problems.push({ key, problem });

  for (const [key, english] of expected) {
    if (!actual.has(key)) {
      report(key, `missing: translate ${referenceName}'s ${JSON.stringify(english)} and add it under this key.`);
      continue;
    }
    const message = actual.get(key);
    if (typeof message !== 'string') {
      report(key, `is ${JSON.stringify(message)}, not a text: write the translated message as a string.`);
      continue;
    }
    if (message.trim() === '') {
      report(key, `is empty: translate ${referenceName}'s ${JSON.stringify(english)}.`);
      continue;
    }
    const parsed = parseMessage(message);
    if ('error' in parsed) {
      report(key, `is not a valid ICU message (${parsed.error}): check its braces, plural branches and tags.`);
      continue;
    }
    const englishParsed = typeof english === 'string' ? parseMessage(english) : { error: 'not a text' };
    if ('error' in englishParsed) {
      report(key, `the ${referenceName} message itself does not parse (${englishParsed.error}): fix ${referenceName} first.`);
      continue;
    }
    const want = shapeOf(englishParsed.elements);
    const got = shapeOf(parsed.elements);

    const lostArguments = [...want.arguments].filter((argument) => !got.arguments.has(argument));
    const strayArguments = [...got.arguments].filter((argument) => !want.arguments.has(argument));
    if (lostArguments.length > 0 || strayArguments.length > 0) {
      report(
        key,
        `its ICU arguments differ from ${referenceName}'s: ` +
          [lostArguments.length > 0 ? `missing ${listed(lostArguments)}` : '', strayArguments.length > 0 ? `unexpected ${listed(strayArguments)}` : ''].filter(Boolean).join('; ') +
          `. Keep every argument of ${referenceName} with the same name and type (${listed(want.arguments) || 'none'}).`,
      );
    }
    const lostTags = [...want.tags].filter((tag) => !got.tags.has(tag));
    const strayTags = [...got.tags].filter((tag) => !want.tags.has(tag));
    if (lostTags.length > 0 || strayTags.length > 0) {
      const tags = (names: string[]) => names.map((name) => `<${name}>`).join(', ');
      report(
        key,
        `its rich-text tags differ from ${referenceName}'s: ` +
          [lostTags.length > 0 ? `missing ${tags(lostTags)}` : '', strayTags.length > 0 ? `unexpected ${tags(strayTags)}` : ''].filter(Boolean).join('; ') +
          `. Wrap the same words in the same tags as ${referenceName} (${tags([...want.tags]) || 'none'}).`,
      );
    }
    for (const plural of got.plurals) for (const problem of pluralProblems(plural, locale)) report(key, problem);

    if (message === english && /\p{L}/u.test(want.literalText) && !mayEqualReference.has(key)) {
      report(key, `is still the ${referenceName} text ${JSON.stringify(english)}: translate it (or, for a name that stays as it is, add the key to the allow-list).`);
    }
  }
  for (const key of actual.keys()) {
    if (!expected.has(key)) report(key, `is not in ${referenceName}: remove it, or move it to the key ${referenceName} uses.`);
  }
  return problems;
}
