// Drafts: an article turned into a deck and a quiz that only their teacher sees, until published into a class.
// Every function takes the actor and checks access first; writes that belong together run in one transaction.
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import type { Actor } from '../access/actor.ts';
import { classForPublishing, deckOwnedBy, requireTeacher } from '../access/guards.ts';
import { generateFromInput } from '../generate/input.ts';
import type { Generated, GenerateErrorCode, GenerateOptions, GenerateResult, GenerateStage, Question as GeneratedQuestion, SourceSentence } from '../generate/types.ts';
import { cardSchema, DECK_TITLE_MAX } from '../validation/decks.ts';
import { questionSchema, toStoredQuestion } from '../validation/questions.ts';
import { inTransaction, lockFor, type Tx } from './transaction.ts';

export interface DraftSource {
  /** The text the generator reads, already normalised; citations are offsets into it. */
  text: string;
  /** The uploaded file's name; null when the text was pasted. */
  fileName: string | null;
  /** A title the file itself gave (a .docx's title), preferred over the generator's guess. */
  title?: string | null;
  /** Phrases the file set in bold or italic: the generator takes them as key terms. */
  emphasized?: readonly string[];
  /** The text is Markdown as the file wrote it: stored and cited as written, shown as it renders. */
  markdown?: boolean;
}

export type CreateDraftOutcome = { ok: true; deckId: string } | { ok: false; error: GenerateErrorCode };

/** The generator's stages, then storing the draft. */
export type DraftStage = GenerateStage | 'saving';

/** The generator, or a stand-in that runs it elsewhere (the server runs it in a worker: lib/workers/draft-pool.ts). */
export type Generate = (text: string, options: GenerateOptions) => GenerateResult | Promise<GenerateResult>;

/** Generates from the text and stores the result as a draft. */
export async function createDraftFromText(
  db: Db | Tx,
  actor: Actor,
  source: DraftSource,
  options: { onStage?: (stage: DraftStage) => void; generate?: Generate } = {},
): Promise<CreateDraftOutcome> {
  requireTeacher(actor);
  const generate = options.generate ?? generateFromInput;
  const result = await generate(source.text, {
    onStage: options.onStage,
    ...(source.emphasized?.length ? { emphasized: source.emphasized } : {}),
    ...(source.markdown ? { markdown: true } : {}),
  });
  if (!result.ok) return { ok: false, error: result.error.code };
  options.onStage?.('saving');
  return { ok: true, ...(await saveDraft(db, actor, source, result.value)) };
}

function draftTitle(source: DraftSource, generated: Generated): string {
  const candidates = [source.title, generated.title, source.fileName?.replace(/\.[^.]+$/, '')];
  const title = candidates.map((candidate) => candidate?.replace(/\s+/g, ' ').trim() ?? '').find((candidate) => candidate.length > 0) ?? '…';
  return title.length > DECK_TITLE_MAX ? `${title.slice(0, DECK_TITLE_MAX - 1)}…` : title;
}

/** The generator's question in the shape of our edit forms (and so of our checks). */
function answerRows(answer: string, accepted: string[]) {
  return { answer, accepted: accepted.filter((text) => text !== answer).map((text) => ({ text })) };
}

export function questionFromGenerated(question: GeneratedQuestion): unknown {
  const { prompt } = question;
  switch (question.type) {
    case 'single':
      return { type: 'single', prompt, choices: question.choices.map((text) => ({ text, correct: text === question.answer })) };
    case 'multiple':
      return { type: 'multiple', prompt, choices: question.choices.map((text) => ({ text, correct: question.answer.includes(text) })) };
    case 'truefalse':
      return { type: 'truefalse', prompt, answer: question.answer === 'True' ? 'true' : 'false' };
    // Typed answers forgive a small typo: "evaporaton" marked wrong reads as unfair. Short words, numbers and
    // dates stay exact anyway (lib/quiz/typos.ts); the teacher can turn it off per question or per quiz.
    case 'short':
      return { type: 'short', prompt, ...answerRows(question.answer, question.accepted), typoTolerance: true };
    case 'cloze':
      return { type: 'cloze', prompt, blanks: [answerRows(question.answer, question.accepted)], typoTolerance: true };
    case 'matching':
      return { type: 'matching', prompt, pairs: question.answer.map(([left, right]) => ({ left, right })) };
    // The form keeps the items in the right order; toStoredQuestion stores them in another.
    case 'ordering':
      return { type: 'ordering', prompt, items: question.answer.map((text) => ({ text })) };
    case 'numeric':
      return { type: 'numeric', prompt, answer: question.answer, tolerance: question.tolerance, unit: question.unit };
  }
}

/**
 * Stores what the generator made as a draft: the document, its cited sentences, the concepts, a deck with the
 * cards and a quiz with the questions (and the same questions in the deck's bank), every item linked to its
 * concept and sentence, all in one transaction.
 * Items that would not pass the edit forms' checks (an over-long sentence, a duplicate choice) are left out,
 * so the teacher never meets an item they could not save.
 */
export async function saveDraft(db: Db | Tx, actor: Actor, source: DraftSource, generated: Generated): Promise<{ deckId: string }> {
  requireTeacher(actor);
  const sentencesByIndex = new Map<number, SourceSentence>();
  for (const sentence of [
    ...generated.sentences,
    ...generated.concepts.map((concept) => concept.source),
    ...generated.cards.map((card) => card.source),
    ...generated.questions.map((question) => question.source),
  ]) {
    if (source.text.slice(sentence.start, sentence.end) !== sentence.sentence) {
      throw new Error(`The generator cited sentence ${sentence.index}, which is not at its offsets in the text.`);
    }
    sentencesByIndex.set(sentence.index, sentence);
  }
  const concepts = [...new Map(generated.concepts.map((concept) => [concept.key, concept])).values()];
  const cards = generated.cards.flatMap((card) => {
    const parsed = cardSchema.safeParse({ kind: card.kind, front: card.front, back: card.back });
    return parsed.success ? [{ ...parsed.data, conceptKey: card.conceptKey, sentenceIndex: card.source.index }] : [];
  });
  const questions = generated.questions.flatMap((question) => {
    const parsed = questionSchema.safeParse(questionFromGenerated(question));
    return parsed.success ? [{ stored: toStoredQuestion(parsed.data), conceptKey: question.conceptKey, sentenceIndex: question.source.index }] : [];
  });
  const title = draftTitle(source, generated);

  return inTransaction(db, async (tx) => {
    const document = await tx.sourceDocument.create({
      data: {
        ownerId: actor.id,
        title,
        content: source.text,
        language: 'en',
        contentHash: createHash('sha256').update(source.text).digest('hex'),
        fileName: source.fileName,
        emphasized: [...(source.emphasized ?? [])],
      },
      select: { id: true },
    });
    // A sentence's offsets cite the text as the file wrote it; its text is what the teacher and students read
    // (for Markdown, without the markup: lib/generate/cite-source.ts).
    // One statement over arrays rather than Prisma's createManyAndReturn: the longest text allowed has over 3,000
    // sentences, which took Prisma 8 s to store on PGlite (the server's own thread, and the one database
    // connection, so every other request waited), and this under 1 s.
    const sentences = [...sentencesByIndex.values()];
    const sentenceRows = await tx.$queryRaw<{ id: string; position: number }[]>`
      INSERT INTO "SourceSentence" ("id", "documentId", "position", "text", "startOffset", "endOffset")
      SELECT "id", ${document.id}::uuid, "position", "text", "startOffset", "endOffset"
      FROM unnest(
        ${sentences.map(() => uuidv7())}::uuid[], ${sentences.map((sentence) => sentence.index)}::int[], ${sentences.map((sentence) => sentence.plain ?? sentence.sentence)}::text[],
        ${sentences.map((sentence) => sentence.start)}::int[], ${sentences.map((sentence) => sentence.end)}::int[]
      ) AS input("id", "position", "text", "startOffset", "endOffset")
      RETURNING "id", "position"`;
    const sentenceId = new Map(sentenceRows.map((row) => [row.position, row.id]));
    const conceptRows = await tx.concept.createManyAndReturn({
      data: concepts.map((concept) => ({
        documentId: document.id,
        key: concept.key,
        term: concept.term,
        kind: concept.kind === 'date' ? 'DATE' : concept.kind === 'list' ? 'LIST' : 'TERM',
        definition: concept.definition ?? null,
        members: concept.members ?? [],
        score: concept.score,
        mentions: concept.mentions,
        proper: concept.proper,
        sentenceId: sentenceId.get(concept.source.index) ?? null,
      })),
      select: { id: true, key: true },
    });
    const conceptId = new Map(conceptRows.map((row) => [row.key, row.id]));
    const deck = await tx.deck.create({ data: { ownerId: actor.id, documentId: document.id, title }, select: { id: true } });
    await tx.card.createMany({
      data: cards.map((card, position) => ({
        deckId: deck.id,
        kind: card.kind === 'basic' ? 'BASIC' : card.kind === 'reverse' ? 'REVERSE' : 'CLOZE',
        front: card.front,
        back: card.back,
        conceptId: conceptId.get(card.conceptKey) ?? null,
        sentenceId: sentenceId.get(card.sentenceIndex) ?? null,
        position,
        origin: 'GENERATED',
      })),
    });
    const quiz = await tx.quiz.create({ data: { ownerId: actor.id, documentId: document.id, deckId: deck.id, title }, select: { id: true } });
    const rows = questions.map((question, position) => ({
      type: question.stored.type,
      prompt: question.stored.prompt,
      payload: question.stored.payload as Prisma.InputJsonObject,
      answerKey: question.stored.answerKey as Prisma.InputJsonObject,
      conceptId: conceptId.get(question.conceptKey) ?? null,
      sentenceId: sentenceId.get(question.sentenceIndex) ?? null,
      position,
      origin: 'GENERATED' as const,
    }));
    // Every generated question goes into the quiz and, as its own copy, into the deck's bank: questions the
    // teacher trims from the quiz (or edits there) stay in the bank, to be picked again for this or another quiz.
    await tx.question.createMany({ data: [...rows.map((row) => ({ ...row, quizId: quiz.id })), ...rows.map((row) => ({ ...row, deckId: deck.id }))] });
    return { deckId: deck.id };
  });
}

export type PublishOutcome =
  | { ok: true; classId: string; className: string; alreadyPublished: boolean }
  | { ok: false; error: 'publish.classArchived' | 'publish.emptyDeck' };

/**
 * Publishes a deck and its quiz into one of the teacher's classes: marks both published (the first time) and
 * assigns each to the class, open from now, in one transaction. Publishing again into the same class changes
 * nothing; into another class, adds that class.
 */
export async function publishDraft(db: Db | Tx, actor: Actor, input: { deckId: string; classId: string }, now: Date): Promise<PublishOutcome> {
  return inTransaction(db, async (tx) => {
    // Two clicks on "Publish" queue up here instead of both assigning.
    await lockFor(tx, `publish\n${input.deckId}`);
    const deck = await deckOwnedBy(tx, actor, input.deckId);
    const { klass, allowed } = await classForPublishing(tx, actor, input.classId);
    if (!allowed) return { ok: false, error: 'publish.classArchived' };
    if ((await tx.card.count({ where: { deckId: deck.id, archivedAt: null } })) === 0) return { ok: false, error: 'publish.emptyDeck' };

    const existing = await tx.assignment.findFirst({ where: { classId: klass.id, deckId: deck.id, kind: 'DECK' }, select: { id: true } });
    if (existing) return { ok: true, classId: klass.id, className: klass.name, alreadyPublished: true };

    await tx.deck.update({ where: { id: deck.id }, data: { publishedAt: deck.publishedAt ?? now } });
    await tx.assignment.create({ data: { classId: klass.id, kind: 'DECK', deckId: deck.id, opensAt: now } });
    const quiz = deck.quiz;
    // A quiz with no questions left has nothing to assign; the deck goes alone.
    if (quiz && (await tx.question.count({ where: { quizId: quiz.id, archivedAt: null } })) > 0) {
      await tx.quiz.update({ where: { id: quiz.id }, data: { publishedAt: quiz.publishedAt ?? now } });
      await tx.assignment.create({ data: { classId: klass.id, kind: 'QUIZ', quizId: quiz.id, opensAt: now } });
    }
    return { ok: true, classId: klass.id, className: klass.name, alreadyPublished: false };
  });
}

export type DeleteDraftOutcome = { ok: true } | { ok: false; error: 'deck.published' };

/** Deletes a draft that was never published: its deck, quiz and document. A published deck stays, and so does an assigned quiz. */
export async function deleteDraft(db: Db | Tx, actor: Actor, input: { deckId: string }): Promise<DeleteDraftOutcome> {
  return inTransaction(db, async (tx) => {
    const deck = await deckOwnedBy(tx, actor, input.deckId);
    if (deck.publishedAt !== null) return { ok: false, error: 'deck.published' };
    // A quiz assigned on its own (from the quiz editor) outlives its draft deck, detached from it.
    if (deck.quiz && deck.quiz.publishedAt === null) await tx.quiz.delete({ where: { id: deck.quiz.id } });
    await tx.deck.delete({ where: { id: deck.id } });
    if (deck.documentId) {
      const stillUsed =
        (await tx.deck.count({ where: { documentId: deck.documentId } })) + (await tx.quiz.count({ where: { documentId: deck.documentId } }));
      if (stillUsed === 0) await tx.sourceDocument.delete({ where: { id: deck.documentId } });
    }
    return { ok: true };
  });
}
