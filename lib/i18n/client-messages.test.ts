// The namespaces client code reads, found from the code: every 'use client' module and everything it imports
// (those run in the browser too). A namespace missing from CLIENT_NAMESPACES would show raw keys on a phone; an
// extra one is weight every page carries for nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSourceFiles } from '../testing/source-files.ts';
import en from './messages/en.json';
import { CLIENT_NAMESPACES, clientMessages } from './client-messages.ts';

const root = process.cwd();

/** The project files a module imports at run time (type-only imports left out). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1]!,
  );
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith('@/') ? path.join(root, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : null;
    if (!base) return [];
    const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    return found ? [found] : [];
  });
}

function namespacesReadByClientCode(): Set<string> {
  const pending = appSourceFiles(['app', 'components', 'lib']).map((file) => path.join(root, file)).filter((file) => /^\s*['"]use client['"]/.test(fs.readFileSync(file, 'utf8')));
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !/\.tsx?$/.test(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    if (/useTranslations\(\s*[^'"\s]/.test(text)) throw new Error(`${file} calls useTranslations without a namespace written out: name the one it uses`);
    for (const match of text.matchAll(/useTranslations\(\s*['"]([^'".]+)/g)) namespaces.add(match[1]!);
    pending.push(...importsOf(file));
  }
  return namespaces;
}

describe('the messages sent to the browser', () => {
  it('are exactly the namespaces client code reads', () => {
    expect([...CLIENT_NAMESPACES].sort()).toEqual([...namespacesReadByClientCode()].sort());
  });

  it('are a part of the catalogue, not all of it', () => {
    const sent = clientMessages(en);
    expect(Object.keys(sent).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(sent.Study).toEqual(en.Study);
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(en).length * 0.8);
  });
});
