// What the server asks of a draft worker and what it answers: the messages between lib/workers/draft-pool.ts
// (the server's thread) and lib/workers/draft-worker.ts (a worker thread). Structured-cloneable values only.
import type { ExtractResult } from '../documents/extract-text.ts';
import type { ChosenConcept, ChosenItems, ItemChoice } from '../generate/chosen-concepts.ts';
import type { GenerateResult, GenerateStage } from '../generate/types.ts';

export type DraftJob =
  | { kind: 'extract'; file: { name: string; bytes: Uint8Array } }
  | { kind: 'generate'; text: string; emphasized?: readonly string[]; markdown?: boolean }
  /** Items for the concepts a teacher chose on the review screen. */
  | { kind: 'items'; text: string; chosen: ChosenConcept[]; choice: ItemChoice; markdown?: boolean; emphasized?: readonly string[] };

export type DraftJobResult<J extends DraftJob> = J extends { kind: 'extract' } ? ExtractResult : J extends { kind: 'items' } ? ChosenItems : GenerateResult;

/** A worker's messages for its current job: the generator's stages as they start, then a result or a crash. */
export type DraftWorkerMessage = { stage: GenerateStage } | { result: ExtractResult | GenerateResult | ChosenItems } | { crash: string };
