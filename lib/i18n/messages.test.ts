import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../testing/source-files.ts';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from './locales.ts';

type Messages = { [key: string]: string | Messages };

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function lookup(messages: Messages, key: string): string {
  return key.split('.').reduce<string | Messages>((node, part) => (node as Messages)[part]!, messages) as string;
}

function load(locale: string): Messages {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'messages', `${locale}.json`), 'utf8')) as Messages;
}

describe('message files', () => {
  it('exist for every supported locale with exactly the keys of the default locale', () => {
    const reference = keysOf(load(DEFAULT_LOCALE)).sort();
    for (const locale of SUPPORTED_LOCALES) {
      expect(keysOf(load(locale)).sort(), locale).toEqual(reference);
    }
  });

  it('have no empty messages', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const messages = load(locale);
      const empty = keysOf(messages).filter((key) => lookup(messages, key).trim() === '');
      expect(empty, locale).toEqual([]);
    }
  });

  it('cover every t("...") key used under app/ and components/', () => {
    const keys = new Set(keysOf(load(DEFAULT_LOCALE)));
    const missing: string[] = [];
    for (const file of sourceFiles(['app', 'components'])) {
      const text = fs.readFileSync(file, 'utf8');
      const namespaces = [...text.matchAll(/(?:getTranslations|useTranslations)\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!);
      for (const match of text.matchAll(/\bt\(\s*'([^'`]+)'/g)) {
        const key = match[1]!;
        if (!namespaces.some((namespace) => keys.has(`${namespace}.${key}`))) missing.push(`${path.relative(process.cwd(), file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

