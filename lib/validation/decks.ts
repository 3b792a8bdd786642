// Decks and their cards as the teacher edits them on the review screen, and publishing into a class.
import './zod-config.ts';
import { z } from 'zod';
import { idField } from './fields.ts';
import { CLOZE_BLANK, questionSchema } from './questions.ts';

export const DECK_TITLE_MAX = 200;
export const CARD_SIDE_MAX = 2000;

export const deckTitle = z.string({ error: 'deckTitle.required' }).trim().min(1, 'deckTitle.required').max(DECK_TITLE_MAX, 'deckTitle.tooLong');

export const CARD_KINDS = ['basic', 'reverse', 'cloze'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** A card's content: what the add and edit forms ask for. */
export const cardSchema = z
  .object({
    kind: z.enum(CARD_KINDS, { error: 'card.kindRequired' }),
    front: z.string({ error: 'card.frontRequired' }).trim().min(1, 'card.frontRequired').max(CARD_SIDE_MAX, 'card.frontTooLong'),
    back: z.string({ error: 'card.backRequired' }).trim().min(1, 'card.backRequired').max(CARD_SIDE_MAX, 'card.backTooLong'),
  })
  .refine((card) => card.kind !== 'cloze' || card.front.split(CLOZE_BLANK).length === 2, {
    message: 'card.clozeNeedsBlank',
    path: ['front'],
  });
export type CardInput = z.infer<typeof cardSchema>;

export const renameDeckSchema = z.object({ deckId: idField, title: deckTitle });
export type RenameDeckInput = z.infer<typeof renameDeckSchema>;

export const deckIdSchema = z.object({ deckId: idField });

export const updateCardSchema = z.object({ cardId: idField, card: cardSchema });
export type UpdateCardInput = z.infer<typeof updateCardSchema>;

export const cardIdSchema = z.object({ cardId: idField });

export const addCardSchema = z.object({ deckId: idField, conceptId: idField.nullable(), card: cardSchema });
export type AddCardInput = z.infer<typeof addCardSchema>;

export const updateQuestionSchema = z.object({ questionId: idField, question: questionSchema });
export type UpdateQuestionInput = z.infer<typeof updateQuestionSchema>;

export const questionIdSchema = z.object({ questionId: idField });

/** Questions are added to the quiz that goes with the deck. */
export const addQuestionSchema = z.object({ deckId: idField, conceptId: idField.nullable(), question: questionSchema });
export type AddQuestionInput = z.infer<typeof addQuestionSchema>;

export const publishDeckSchema = z.object({
  deckId: idField,
  classId: z.uuid({ error: 'publish.classRequired' }),
});
export type PublishDeckInput = z.infer<typeof publishDeckSchema>;

/** The edit forms' values: the card or question under one key, so server errors ("card.front") land on their fields. */
export const cardFormSchema = z.object({ card: cardSchema });
export type CardFormValues = z.input<typeof cardFormSchema>;

export const questionFormSchema = z.object({ question: questionSchema });
export type QuestionFormShape = z.input<typeof questionFormSchema>;
