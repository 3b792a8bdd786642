// Bold and italic terms of a document become concepts, however rarely the text uses them: read from a Markdown
// file and a Word document through the same reader as an upload.
import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '../documents/extract-text.ts';
import { docx, utf8 } from '../testing/document-fixtures.ts';
import { termsOf } from './emphasis.ts';
import { generateFromInput } from './input.ts';

// An article about sleep where "sleep spindle" and "K-complex" come up once each: without the author's bold,
// neither recurs enough to be a concept.
const PARAGRAPHS = [
  'Sleep is a state of reduced awareness that every person needs. Sleep happens in stages, and each stage of sleep has its own brain waves.',
  'In the first stage of sleep, the brain produces theta waves. The brain waves of the first stage are slower than the waves of a person who is awake. People woken in the first stage often say they were not asleep.',
  'The second stage of sleep is deeper. Its brain waves show a **sleep spindle**, a rapid burst of activity, and a *K-complex*, a very high wave.',
  'The third stage of sleep is deep sleep, with delta waves. Deep sleep is the stage in which the body repairs itself. A person in deep sleep is hard to wake, and the brain waves of deep sleep are slow and large.',
];

function conceptTerms(text: string, emphasized: readonly string[], markdown = false): string[] {
  const result = generateFromInput(text, { emphasized, markdown });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.concepts.map((concept) => concept.term.toLowerCase());
}

async function read(name: string, bytes: Uint8Array) {
  const result = await extractDocumentText({ name, bytes });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('emphasized terms', () => {
  it('from a Markdown file are among the concepts, and are not without their emphasis', async () => {
    const { text, emphasized } = await read('sleep.md', utf8(`# Stages of sleep\n\n${PARAGRAPHS.join('\n\n')}\n`));
    expect(emphasized).toEqual(['sleep spindle', 'K-complex']);
    expect(conceptTerms(text, emphasized, true)).toEqual(expect.arrayContaining(['sleep spindle', 'k-complex']));
    // Without the emphasis the once-named "sleep spindle" is no concept ("K-complex" is found anyway, as a rare word).
    expect(conceptTerms(text, [], true)).not.toContain('sleep spindle');
  });

  it('from a Word document are among the concepts', async () => {
    const runs = PARAGRAPHS.map((paragraph) =>
      paragraph.split(/(\*\*[^*]+\*\*|\*[^*]+\*)/).map((part) =>
        part.startsWith('**') ? { text: part.slice(2, -2), bold: true } : part.startsWith('*') ? { text: part.slice(1, -1), italic: true } : part,
      ),
    );
    const { text, emphasized } = await read('sleep.docx', await docx(['Stages of sleep', ...runs]));
    expect(emphasized).toEqual(['sleep spindle', 'K-complex']);
    expect(conceptTerms(text, emphasized)).toEqual(expect.arrayContaining(['sleep spindle', 'k-complex']));
  });

  it('count only when the text uses them', () => {
    const text = PARAGRAPHS.join('\n\n').replace(/\*/g, '');
    expect(conceptTerms(text, ['photosynthesis'])).not.toContain('photosynthesis');
  });
});

describe('termsOf', () => {
  it('reads a run as the terms it names, loosely', () => {
    expect(termsOf('QAM (Quadrature Amplitude Modulation)')).toEqual(['qam quadrature amplitude modulation', 'qam', 'quadrature amplitude modulation']);
    expect(termsOf('The hypothesis.')).toEqual(['hypothesis']);
    expect(termsOf('Non-return to zero')).toEqual(['nonreturn to zero']);
  });

  it('leaves out figure labels and symbols', () => {
    expect(termsOf('b')).toEqual([]);
    expect(termsOf('(a)')).toEqual([]);
    expect(termsOf('3')).toEqual([]);
  });
});

describe('heading terms', () => {
  it('boosts a term a heading names, but not the label of a feature box nor an activity', async () => {
    const { analyzeText } = await import('./analyze.ts');
    const { findEmphasis } = await import('./emphasis.ts');
    const text = [
      'Rivers and Their Valleys',
      'Rivers shape the land around them over long periods.',
      'Braided Channels',
      'A river splits into braided channels when it carries more gravel than it can move.',
      'Gravel bars appear between the braided channels in summer.',
      'Mapping Flood Plains',
      'Mapping flood plains helps towns plan where to build.',
      'Think Like a Geographer',
      'Watch the video on a geographer who studies river channels.',
      'A geographer measures how fast the channels move.',
    ].join('\n');
    const emphasis = findEmphasis(analyzeText(text), []);
    expect(emphasis?.boostOf('braided channel')).toBeGreaterThan(0);
    expect(emphasis?.boostOf('geographer') ?? 0).toBe(0);
    expect(emphasis?.boostOf('mapping flood plain') ?? 0).toBe(0);
  });
});

describe('an emphasized term is introduced on purpose', () => {
  it('marks the concept of a bold term as named, so its items count it as taught', () => {
    const result = generateFromInput(PARAGRAPHS.join('\n\n').replaceAll('**', '').replaceAll('*', ''), { emphasized: ['sleep spindle'] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.concepts.find((concept) => concept.term.toLowerCase() === 'sleep spindle')?.named).toBe(true);
  });
});

describe('emphasized runs that are not terms', () => {
  it('ignores a stressed clause and a piece of a slashed name', async () => {
    const { analyzeText } = await import('./analyze.ts');
    const { findEmphasis } = await import('./emphasis.ts');
    const text = 'Codes vary. Similarly, light sources have colors that the eye reads. A code called 8B/10B adds bits to each byte. Engineers like 8B/10B for its balance.';
    const { rankConcepts } = await import('./concepts.ts');
    const analyzed = analyzeText(text);
    const emphasis = findEmphasis(analyzed, ['light sources have colors', '8B/10B']);
    expect(emphasis?.boostOf('light source have colors') ?? 0).toBe(0);
    expect(rankConcepts(analyzed, 30, emphasis).map((concept) => concept.term)).not.toContain('8B');
  });
});
