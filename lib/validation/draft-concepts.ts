// The teacher choosing a draft's concepts on the review screen: ticking, adding by picking words in the text,
// renaming, the kinds and numbers of items per concept, and acting on many items at once.
import './zod-config.ts';
import { z } from 'zod';
import { MAX_PICKED_CHARS, MAX_PICKED_WORDS, tidyTerm } from '../generate/picked-term.ts';
import { idField } from './fields.ts';

/** The generator's card kinds and question types: the ones a teacher can ask it for. */
export const GENERATED_CARD_KINDS = ['basic', 'reverse', 'cloze'] as const;
export const GENERATED_QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'short', 'cloze', 'matching'] as const;
export const MAX_ITEMS_PER_CONCEPT = 3;
/** A review screen sends at most this many items in one bulk action (a long chapter's draft has a few hundred). */
export const MAX_BULK_ITEMS = 1000;

/** Words naming a concept: a picked phrase, or the teacher's new name for one. Limits are the generator's. */
const conceptWords = z
  .string({ error: 'concept.wordsRequired' })
  .transform(tidyTerm)
  .refine((words) => /[\p{L}\p{N}]/u.test(words), 'concept.wordsRequired')
  .refine((words) => words.length <= MAX_PICKED_CHARS && words.split(' ').length <= MAX_PICKED_WORDS, 'concept.wordsTooLong');

export const setConceptChosenSchema = z.object({ deckId: idField, conceptId: idField, chosen: z.boolean() });
export type SetConceptChosenInput = z.infer<typeof setConceptChosenSchema>;

export const addConceptSchema = z.object({ deckId: idField, words: conceptWords });
export type AddConceptInput = z.infer<typeof addConceptSchema>;

export const renameConceptSchema = z.object({ deckId: idField, conceptId: idField, term: conceptWords });
export type RenameConceptInput = z.infer<typeof renameConceptSchema>;

export const remakeConceptSchema = z.object({ deckId: idField, conceptId: idField });
export type RemakeConceptInput = z.infer<typeof remakeConceptSchema>;

const perConcept = z.number({ error: 'itemChoice.count' }).int('itemChoice.count').min(0, 'itemChoice.count').max(MAX_ITEMS_PER_CONCEPT, 'itemChoice.count');

export const itemChoiceSchema = z
  .object({
    deckId: idField,
    cardKinds: z.array(z.enum(GENERATED_CARD_KINDS)).max(GENERATED_CARD_KINDS.length),
    questionTypes: z.array(z.enum(GENERATED_QUESTION_TYPES)).max(GENERATED_QUESTION_TYPES.length),
    cardsPerConcept: perConcept,
    questionsPerConcept: perConcept,
  })
  .refine((choice) => (choice.cardKinds.length > 0 && choice.cardsPerConcept > 0) || (choice.questionTypes.length > 0 && choice.questionsPerConcept > 0), {
    message: 'itemChoice.nothing',
    path: ['form'],
  });
export type ItemChoiceInput = z.infer<typeof itemChoiceSchema>;

export const bulkItemsSchema = z
  .object({
    deckId: idField,
    cardIds: z.array(idField).max(MAX_BULK_ITEMS, 'bulk.tooMany'),
    questionIds: z.array(idField).max(MAX_BULK_ITEMS, 'bulk.tooMany'),
  })
  .refine((input) => input.cardIds.length + input.questionIds.length > 0, { message: 'bulk.nothingSelected', path: ['form'] });
export type BulkItemsInput = z.infer<typeof bulkItemsSchema>;
