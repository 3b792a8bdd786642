'use server';

// The review screen: every edit is saved at once, so a draft is never lost. Thin: validate, check access, call lib/data.
import { revalidatePath } from 'next/cache';
import { guardedAction } from '@/lib/access/guarded-action';
import {
  addCard,
  addQuestion,
  deleteCard,
  deleteQuestion,
  renameDeck,
  updateCard,
  updateQuestion,
} from '@/lib/data/decks';
import { acceptItems, addConcept, deleteItems, remakeConcept, renameConcept, setConceptChosen, setItemChoice, type ConceptOutcome } from '@/lib/data/draft-concepts';
import { deleteDraft, publishDraft } from '@/lib/data/drafts';
import {
  addConceptSchema,
  bulkItemsSchema,
  itemChoiceSchema,
  remakeConceptSchema,
  renameConceptSchema,
  setConceptChosenSchema,
} from '@/lib/validation/draft-concepts';
import { itemsInWorker } from '@/lib/workers/draft-pool';
import {
  addCardSchema,
  addQuestionSchema,
  cardIdSchema,
  deckIdSchema,
  publishDeckSchema,
  questionIdSchema,
  renameDeckSchema,
  updateCardSchema,
  updateQuestionSchema,
} from '@/lib/validation/decks';
import { failure, success } from '@/lib/validation/result';

export async function renameDeckAction(input: unknown) {
  return guardedAction(renameDeckSchema, input, async ({ actor, db, input }) => {
    await renameDeck(db, actor, input);
    revalidatePath('/decks');
    return success();
  });
}

export async function updateCardAction(input: unknown) {
  return guardedAction(updateCardSchema, input, async ({ actor, db, input }) => {
    await updateCard(db, actor, input, new Date());
    return success();
  });
}

export async function deleteCardAction(input: unknown) {
  return guardedAction(cardIdSchema, input, async ({ actor, db, input }) => {
    await deleteCard(db, actor, input, new Date());
    return success();
  });
}

export async function addCardAction(input: unknown) {
  return guardedAction(addCardSchema, input, async ({ actor, db, input }) => success(await addCard(db, actor, input)));
}

export async function updateQuestionAction(input: unknown) {
  return guardedAction(updateQuestionSchema, input, async ({ actor, db, input }) => {
    await updateQuestion(db, actor, input, new Date());
    return success();
  });
}

export async function deleteQuestionAction(input: unknown) {
  return guardedAction(questionIdSchema, input, async ({ actor, db, input }) => {
    await deleteQuestion(db, actor, input, new Date());
    return success();
  });
}

export async function addQuestionAction(input: unknown) {
  return guardedAction(addQuestionSchema, input, async ({ actor, db, input }) => success(await addQuestion(db, actor, input)));
}

export async function publishDeckAction(input: unknown) {
  return guardedAction(publishDeckSchema, input, async ({ actor, db, input }) => {
    const outcome = await publishDraft(db, actor, input, new Date());
    if (!outcome.ok) return outcome.error === 'publish.classArchived' ? failure({ classId: outcome.error }) : failure({}, outcome.error);
    revalidatePath('/decks');
    revalidatePath('/home');
    return success({ className: outcome.className, alreadyPublished: outcome.alreadyPublished });
  });
}

export async function deleteDraftAction(input: unknown) {
  return guardedAction(deckIdSchema, input, async ({ actor, db, input }) => {
    const outcome = await deleteDraft(db, actor, input);
    if (!outcome.ok) return failure({}, outcome.error);
    revalidatePath('/decks');
    return success();
  });
}

// Choosing the concepts: the generator reads the text again in a worker (seconds for a long chapter), so the
// server's thread stays free for everyone else.
const inWorker = { makeItems: itemsInWorker };

function conceptResult(outcome: ConceptOutcome, field: string) {
  if (!outcome.ok) return outcome.error === 'concept.exists' || outcome.error === 'concept.noText' ? failure({}, outcome.error) : failure({ [field]: outcome.error });
  return success(outcome);
}

export async function setConceptChosenAction(input: unknown) {
  return guardedAction(setConceptChosenSchema, input, async ({ actor, db, input }) =>
    conceptResult(await setConceptChosen(db, actor, input, new Date(), inWorker), 'form'),
  );
}

export async function addConceptAction(input: unknown) {
  return guardedAction(addConceptSchema, input, async ({ actor, db, input }) => conceptResult(await addConcept(db, actor, input, inWorker), 'words'));
}

export async function renameConceptAction(input: unknown) {
  return guardedAction(renameConceptSchema, input, async ({ actor, db, input }) =>
    conceptResult(await renameConcept(db, actor, input, new Date(), inWorker), 'term'),
  );
}

export async function remakeConceptAction(input: unknown) {
  return guardedAction(remakeConceptSchema, input, async ({ actor, db, input }) =>
    conceptResult(await remakeConcept(db, actor, input, new Date(), inWorker), 'form'),
  );
}

export async function setItemChoiceAction(input: unknown) {
  return guardedAction(itemChoiceSchema, input, async ({ actor, db, input }) => {
    return success(await setItemChoice(db, actor, input, new Date(), inWorker));
  });
}

export async function deleteItemsAction(input: unknown) {
  return guardedAction(bulkItemsSchema, input, async ({ actor, db, input }) => {
    await deleteItems(db, actor, input, new Date());
    return success();
  });
}

export async function acceptItemsAction(input: unknown) {
  return guardedAction(bulkItemsSchema, input, async ({ actor, db, input }) => {
    await acceptItems(db, actor, input, new Date());
    return success();
  });
}
