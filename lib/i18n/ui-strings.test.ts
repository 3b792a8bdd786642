import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSourceFiles } from '../testing/source-files.ts';
import { literalStrings } from './ui-strings.ts';

describe('literalStrings', () => {
  it('finds English written as JSX text, in a visible attribute, or as a string child', () => {
    const source = [
      'export function Card() {',
      '  return (',
      '    <section aria-label="Due today">',
      '      <h2>Cards due</h2>',
      "      <input placeholder={'Search decks'} title={`Filter`} />",
      "      <p>{'No cards yet'}</p>",
      '      <img alt="A chart of reviews" />',
      '    </section>',
      '  );',
      '}',
    ].join('\n');
    expect(literalStrings(source)).toEqual([
      { line: 3, where: 'attribute aria-label', text: 'Due today' },
      { line: 4, where: 'text', text: 'Cards due' },
      { line: 5, where: 'attribute placeholder', text: 'Search decks' },
      { line: 5, where: 'attribute title', text: 'Filter' },
      { line: 6, where: 'child', text: 'No cards yet' },
      { line: 7, where: 'attribute alt', text: 'A chart of reviews' },
    ]);
  });

  it('passes translated text, symbols, numbers and attributes no one reads', () => {
    const source = [
      "import { useTranslations } from 'next-intl';",
      'export function Card({ count }: { count: number }) {',
      "  const t = useTranslations('Cards');",
      '  return (',
      '    <section aria-label={t("due")} className="card stack" data-state="open" id="due-cards">',
      '      <h2>{t("title", { count })}</h2>',
      '      <span aria-hidden="true">+&nbsp;</span> · {count} ×',
      '      <a href="/decks" rel="noopener">{t("open")}</a>',
      '    </section>',
      '  );',
      '}',
    ].join('\n');
    expect(literalStrings(source)).toEqual([]);
  });

  it('reads Russian and Kazakh letters as words too', () => {
    expect(literalStrings('export const A = () => <p>Сынып</p>;')).toEqual([{ line: 1, where: 'text', text: 'Сынып' }]);
  });
});

describe('the app and its components', () => {
  it('write no user-visible text outside the message files', () => {
    const offenders = appSourceFiles(['app', 'components'])
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) =>
        literalStrings(fs.readFileSync(file, 'utf8'), file).map(
          (hit) => `${path.relative(process.cwd(), file)}:${hit.line} ${hit.where}: ${JSON.stringify(hit.text)}`,
        ),
      );
    // Each line names a string a Russian or Kazakh user would see in English: move it to lib/i18n/messages/*.json
    // and read it with t().
    expect(offenders).toEqual([]);
  });
});
