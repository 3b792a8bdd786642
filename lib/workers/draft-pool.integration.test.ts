// The draft workers give what the extractor and the generator give on the server's thread, stages included, and
// keep serving after a job was cancelled.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '../documents/extract-text.ts';
import { generateFromText } from '../generate/index.ts';
import type { GenerateStage } from '../generate/types.ts';
import { docx } from '../testing/document-fixtures.ts';
import { SAMPLE_ARTICLE } from '../testing/sample-article.ts';
import { DRAFT_WORKERS, extractInWorker, generateInWorker } from './draft-pool.ts';

describe('the draft worker pool', () => {
  it('has one thread fewer than the machine, at least one and at most two', () => {
    expect(DRAFT_WORKERS).toBe(Math.max(1, Math.min(2, os.availableParallelism() - 1)));
  });

  it('reads a file as the extractor does', async () => {
    const file = { name: 'plants.docx', bytes: await docx(SAMPLE_ARTICLE.split('\n\n')) };
    expect(await extractInWorker(file)).toEqual(await extractDocumentText(file));
  }, 60_000);

  it('generates as the generator does, reporting each stage', async () => {
    const stages: GenerateStage[] = [];
    expect(await generateInWorker(SAMPLE_ARTICLE, { onStage: (stage) => stages.push(stage) })).toEqual(generateFromText(SAMPLE_ARTICLE));
    expect(stages).toEqual(['sentences', 'concepts', 'cards', 'questions']);
  }, 60_000);

  it('drops a job whose caller stops it at a stage, and goes on with the next', async () => {
    const gone = new Error('The client went away.');
    await expect(
      generateInWorker(SAMPLE_ARTICLE, {
        onStage: (stage) => {
          if (stage === 'concepts') throw gone;
        },
      }),
    ).rejects.toBe(gone);
    expect(await generateInWorker('Too short.')).toEqual(generateFromText('Too short.'));
  }, 60_000);
});
