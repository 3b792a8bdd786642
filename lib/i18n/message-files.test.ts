// Every translated message file in ./messages against English: same keys, valid ICU, same arguments and tags, the
// plural forms its language needs, nothing empty and nothing left in English. A file is checked as soon as it is
// added, before its locale is offered to users (lib/i18n/locales.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import { type MessageProblem, checkTranslation, flattenMessages } from './message-completeness.ts';

const MESSAGES_DIR = path.join(import.meta.dirname, 'messages');

/** Messages that are the same in every language: the brand, a shell command, a formula's symbol. */
const MAY_STAY_ENGLISH = new Set(['Layout.brand', 'PasswordReset.noMailCommand', 'Scheduling.memory.weightLabel']);

const translationFiles = fs
  .readdirSync(MESSAGES_DIR)
  .filter((file) => file.endsWith('.json') && file !== 'en.json')
  .sort();

const shown = (file: string, problems: MessageProblem[]) => problems.map(({ key, problem }) => `lib/i18n/messages/${file} › ${key}: ${problem}`);

describe('the English allow-list of messages that may stay untranslated', () => {
  it('names only keys that exist in en.json', () => {
    const keys = flattenMessages(en);
    expect([...MAY_STAY_ENGLISH].filter((key) => !keys.has(key))).toEqual([]);
  });
});

describe.each(translationFiles)('lib/i18n/messages/%s', (file) => {
  const locale = path.basename(file, '.json');

  it('is named after a locale whose plural rules this runtime knows', () => {
    expect(Intl.PluralRules.supportedLocalesOf(locale), `rename ${file} to a BCP 47 locale, like ru.json`).toEqual([locale]);
  });

  it('translates every English message, keeping its keys, ICU arguments and tags, with the plural forms of its language', () => {
    const translation = JSON.parse(fs.readFileSync(path.join(MESSAGES_DIR, file), 'utf8')) as Record<string, unknown>;
    expect(shown(file, checkTranslation(en, translation, { locale, mayEqualReference: MAY_STAY_ENGLISH }))).toEqual([]);
  });
});

describe('the completeness check', () => {
  const reference = {
    Cards: {
      count: '{count, plural, one {# card} other {# cards}}',
      title: 'Your cards',
      greeting: 'Hello, {name}',
      help: 'Read <link>the guide</link>.',
      range: '{from}–{to}',
    },
    Brand: 'Parta',
  };
  const check = (translation: Record<string, unknown>) => checkTranslation(reference, translation, { locale: 'ru', mayEqualReference: new Set(['Brand']) });
  const problemsOf = (translation: Record<string, unknown>, key: string) =>
    check(translation)
      .filter((problem) => problem.key === key)
      .map((problem) => problem.problem);

  const good = {
    Cards: {
      count: '{count, plural, one {# карточка} few {# карточки} many {# карточек} other {# карточки}}',
      title: 'Ваши карточки',
      greeting: 'Здравствуйте, {name}',
      help: 'Прочитайте <link>руководство</link>.',
      range: '{from}–{to}',
    },
    Brand: 'Parta',
  };

  it('finds nothing in a complete translation (a brand on the allow-list and a bare format may match English)', () => {
    expect(check(good)).toEqual([]);
  });

  it('reports a missing key, an extra key, a renamed argument, a lost tag, a missing plural form and English left in', () => {
    const broken = {
      Cards: {
        count: '{count, plural, one {# карточка} many {# карточек} other {# карточки}}',
        title: 'Your cards',
        greeting: 'Здравствуйте, {user}',
        help: 'Прочитайте <a>руководство</a>.',
      },
      Brand: 'Parta',
      Extra: 'Лишнее',
    };
    const problems = check(broken);
    expect(problems.map((problem) => problem.key).sort()).toEqual(['Cards.count', 'Cards.greeting', 'Cards.help', 'Cards.range', 'Cards.title', 'Extra']);
    expect(problemsOf(broken, 'Cards.range')).toEqual([expect.stringMatching(/^missing: translate en's "\{from\}–\{to\}"/)]);
    expect(problemsOf(broken, 'Extra')).toEqual([expect.stringMatching(/^is not in en/)]);
    expect(problemsOf(broken, 'Cards.greeting')).toEqual([expect.stringMatching(/missing \{name: plain\}; unexpected \{user: plain\}/)]);
    expect(problemsOf(broken, 'Cards.help')).toEqual([expect.stringMatching(/missing <link>; unexpected <a>/)]);
    expect(problemsOf(broken, 'Cards.count')).toEqual([expect.stringMatching(/no "few" branch: ru needs one \(1, 21, 31, 41…\), few \(2, 3, 4, 22…\), many/)]);
    expect(problemsOf(broken, 'Cards.title')).toEqual([expect.stringMatching(/is still the en text "Your cards"/)]);
  });

  it('reports an empty message, a message that does not parse and a group where a message belongs', () => {
    const broken = { ...good, Cards: { ...good.Cards, title: ' ', greeting: 'Здравствуйте, {name', help: { text: 'Прочитайте' } } };
    expect(problemsOf(broken, 'Cards.title')).toEqual([expect.stringMatching(/^is empty/)]);
    expect(problemsOf(broken, 'Cards.greeting')).toEqual([expect.stringMatching(/^is not a valid ICU message/)]);
    expect(problemsOf(broken, 'Cards.help')).toEqual([expect.stringMatching(/^missing/)]);
    expect(problemsOf(broken, 'Cards.help.text')).toEqual([expect.stringMatching(/^is not in en/)]);
  });

  it('reports a plural argument turned into a number, and a Russian "one" branch that would say 21 without its number', () => {
    const asNumber = { ...good, Cards: { ...good.Cards, count: '{count, number} карточек' } };
    expect(problemsOf(asNumber, 'Cards.count')).toEqual([expect.stringMatching(/missing \{count: plural\}; unexpected \{count: number\}/)]);

    const oneWithoutNumber = { ...good, Cards: { ...good.Cards, count: '{count, plural, one {одна карточка} few {# карточки} many {# карточек} other {# карточки}}' } };
    expect(problemsOf(oneWithoutNumber, 'Cards.count')).toEqual([expect.stringMatching(/"one" also covers 1, 21, 31, 41…/)]);
    const oneWithExactOne = { ...good, Cards: { ...good.Cards, count: '{count, plural, =1 {одна карточка} one {# карточка} few {# карточки} many {# карточек} other {# карточки}}' } };
    expect(problemsOf(oneWithExactOne, 'Cards.count')).toEqual([]);
  });

  it('reports a plural branch the language never chooses', () => {
    const englishOnly = { ...good, Cards: { ...good.Cards, count: '{count, plural, one {# карточка} two {# карточки} few {# карточки} many {# карточек} other {# карточки}}' } };
    expect(problemsOf(englishOnly, 'Cards.count')).toEqual([expect.stringMatching(/"two", which ru never chooses/)]);
  });

  it('checks a selectordinal against the ordinal rules of the language, not the cardinal ones', () => {
    const ordinalReference = { place: 'You came {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}' };
    const checkOrdinal = (place: string) => checkTranslation(ordinalReference, { place }, { locale: 'ru' }).map((problem) => problem.problem);
    // Russian ordinals have one form ("5-й"): "other" alone is complete, and English's branches are never chosen.
    expect(checkOrdinal('Вы на {n, selectordinal, other {#-м}} месте')).toEqual([]);
    expect(checkOrdinal('Вы на {n, selectordinal, one {#-м} other {#-м}} месте')).toEqual([expect.stringMatching(/\{n, selectordinal\} has the branch "one", which ru never chooses/)]);
    expect(checkOrdinal('Вы на {n, plural, one {#-м} few {#-м} many {#-м} other {#-м}} месте')).toEqual([expect.stringMatching(/missing \{n: selectordinal\}; unexpected \{n: plural\}/)]);
  });
});
