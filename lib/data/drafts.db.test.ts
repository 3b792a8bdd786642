// Making a draft from text, publishing it and deleting it, with every refusal: on PGlite and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden, type Actor, type Role } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { generateFromText } from '../generate/index.ts';
import { FIXTURE_TEXT, fixtureGenerated } from '../testing/draft-fixture.ts';
import { SAMPLE_ARTICLE } from '../testing/sample-article.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { listOpenAssignmentsForStudent } from './assignments.ts';
import { createClass } from './classes.ts';
import { loadReview } from './decks.ts';
import { createDraftFromText, deleteDraft, publishDraft, saveDraft, type DraftStage } from './drafts.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

const NOW = new Date('2026-11-25T10:00:00Z');

async function makeUser(role: Role): Promise<Actor> {
  return db.prisma.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@school.kz`, name: role, passwordHash: 'x', role },
    select: { id: true, role: true, name: true, email: true },
  });
}

const source = { text: FIXTURE_TEXT, fileName: 'photosynthesis.txt' };

async function storedCounts(ownerId: string) {
  const [documents, decks, quizzes, cards, questions, sentences, concepts, assignments] = await Promise.all([
    db.prisma.sourceDocument.count({ where: { ownerId } }),
    db.prisma.deck.count({ where: { ownerId } }),
    db.prisma.quiz.count({ where: { ownerId } }),
    db.prisma.card.count({ where: { deck: { ownerId } } }),
    db.prisma.question.count({ where: { quiz: { ownerId } } }),
    db.prisma.sourceSentence.count({ where: { document: { ownerId } } }),
    db.prisma.concept.count({ where: { document: { ownerId } } }),
    db.prisma.assignment.count({ where: { OR: [{ deck: { ownerId } }, { quiz: { ownerId } }] } }),
  ]);
  return { documents, decks, quizzes, cards, questions, sentences, concepts, assignments };
}

const NOTHING = { documents: 0, decks: 0, quizzes: 0, cards: 0, questions: 0, sentences: 0, concepts: 0, assignments: 0 };

describe('saving a draft', () => {
  it('stores the document, its sentences, concepts, a deck with cards and a quiz with questions, all linked', async () => {
    const teacher = await makeUser('TEACHER');
    const { deckId } = await saveDraft(db.prisma, teacher, source, fixtureGenerated());

    const deck = await db.prisma.deck.findUniqueOrThrow({ where: { id: deckId }, include: { quiz: true, document: true } });
    expect(deck).toMatchObject({ ownerId: teacher.id, title: 'Photosynthesis', publishedAt: null });
    expect(deck.document).toMatchObject({ ownerId: teacher.id, content: FIXTURE_TEXT, fileName: 'photosynthesis.txt', language: 'en' });
    expect(deck.document!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(deck.quiz).toMatchObject({ ownerId: teacher.id, deckId, documentId: deck.documentId, title: 'Photosynthesis', publishedAt: null });

    const sentences = await db.prisma.sourceSentence.findMany({ where: { documentId: deck.documentId! }, orderBy: { position: 'asc' } });
    expect(sentences.map((row) => FIXTURE_TEXT.slice(row.startOffset, row.endOffset))).toEqual(sentences.map((row) => row.text));
    expect(sentences).toHaveLength(4);

    const concepts = await db.prisma.concept.findMany({ where: { documentId: deck.documentId! }, orderBy: { score: 'desc' } });
    expect(concepts.map((concept) => [concept.key, concept.kind, concept.members])).toEqual([
      ['photosynthesis', 'TERM', []],
      ['chlorophyll', 'TERM', []],
      ['needs', 'LIST', ['water', 'carbon dioxide', 'light']],
      ['1779', 'DATE', ['1779']],
    ]);
    const conceptId = (key: string) => concepts.find((concept) => concept.key === key)!.id;
    const sentenceId = (position: number) => sentences.find((row) => row.position === position)!.id;
    expect(concepts.find((concept) => concept.key === 'chlorophyll')!.sentenceId).toBe(sentenceId(1));

    const cards = await db.prisma.card.findMany({ where: { deckId }, orderBy: { position: 'asc' } });
    expect(cards.map((card) => [card.kind, card.position, card.origin, card.conceptId, card.sentenceId])).toEqual([
      ['BASIC', 0, 'GENERATED', conceptId('photosynthesis'), sentenceId(0)],
      ['REVERSE', 1, 'GENERATED', conceptId('chlorophyll'), sentenceId(1)],
      ['CLOZE', 2, 'GENERATED', conceptId('chlorophyll'), sentenceId(1)],
    ]);

    const questions = await db.prisma.question.findMany({ where: { quizId: deck.quiz!.id }, orderBy: { position: 'asc' } });
    expect(questions.map((question) => question.type)).toEqual(['SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'SHORT', 'CLOZE', 'MATCHING']);
    expect(questions.every((question) => question.origin === 'GENERATED' && question.deckId === null)).toBe(true);
    // What students may see is apart from the key.
    expect(questions.map((question) => [question.payload, question.answerKey])).toEqual([
      [{ choices: ['Chlorophyll', 'Glucose', 'Xylem'] }, { correct: 0 }],
      [{ choices: ['Water', 'Salt', 'Light'] }, { correct: [0, 2] }],
      [{}, { correct: false }],
      // Typed answers forgive a small typo unless the teacher turns it off.
      [{}, { accepted: ['chlorophyll', 'chlorophylls'], typoTolerance: true }],
      [{}, { blanks: [{ accepted: ['1779'] }], typoTolerance: true }],
      [
        { left: ['Photosynthesis', 'Chlorophyll'], right: ['making food from light', 'the green pigment in leaves'] },
        { pairs: [[0, 0], [1, 1]] },
      ],
    ]);
    expect(questions[4]).toMatchObject({ conceptId: conceptId('1779'), sentenceId: sentenceId(3) });

    // The deck's bank holds its own copy of every generated question, for picking into quizzes.
    const bank = await db.prisma.question.findMany({ where: { deckId }, orderBy: { position: 'asc' } });
    const columns = (row: (typeof questions)[number]) => [row.type, row.prompt, row.payload, row.answerKey, row.conceptId, row.sentenceId, row.position, row.origin];
    expect(bank.map(columns)).toEqual(questions.map(columns));
    expect(bank.every((row) => row.quizId === null)).toBe(true);
  });

  it('refuses a student and stores nothing', async () => {
    const student = await makeUser('STUDENT');
    await expect(saveDraft(db.prisma, student, source, fixtureGenerated())).rejects.toThrow(NotFoundOrForbidden);
    await expect(createDraftFromText(db.prisma, student, { text: SAMPLE_ARTICLE, fileName: null })).rejects.toThrow(NotFoundOrForbidden);
    expect(await storedCounts(student.id)).toEqual(NOTHING);
  });

  it('refuses a citation that is not where it says in the text, storing nothing', async () => {
    const teacher = await makeUser('TEACHER');
    const generated = fixtureGenerated();
    generated.cards[0]!.source = { ...generated.cards[0]!.source, start: 1 };
    await expect(saveDraft(db.prisma, teacher, source, generated)).rejects.toThrow(/not at its offsets/);
    expect(await storedCounts(teacher.id)).toEqual(NOTHING);
  });

  it('stores nothing when a write fails half-way through', async () => {
    const teacher = await makeUser('TEACHER');
    // The questions, written last, fail (a full disk, a lost connection): the document, deck and cards go too.
    const failing = {
      $connect: () => undefined,
      $transaction: (work: (tx: unknown) => Promise<unknown>, options: never) =>
        db.prisma.$transaction(
          (tx) =>
            work(
              new Proxy(tx, {
                get: (target, key) =>
                  key === 'question'
                    ? {
                        createMany: () => {
                          throw new Error('disk full');
                        },
                      }
                    : Reflect.get(target, key),
              }),
            ),
          options,
        ),
    } as unknown as Db;
    await expect(saveDraft(failing, teacher, source, fixtureGenerated())).rejects.toThrow('disk full');
    expect(await storedCounts(teacher.id)).toEqual(NOTHING);
  });
});

describe('creating a draft from text with the generator', () => {
  it('reports each stage, ending with saving, and stores a draft with cards and questions', async () => {
    const teacher = await makeUser('TEACHER');
    const stages: DraftStage[] = [];
    const outcome = await createDraftFromText(db.prisma, teacher, { text: SAMPLE_ARTICLE, fileName: null }, { onStage: (stage) => stages.push(stage) });
    expect(outcome.ok).toBe(true);
    expect(stages).toEqual(['sentences', 'concepts', 'cards', 'questions', 'saving']);
    const deck = await db.prisma.deck.findUniqueOrThrow({ where: { id: (outcome as { deckId: string }).deckId }, include: { quiz: true } });
    expect(deck.title).toBe('How Plants Make Food');
    // Every item the generator made is stored, each citing its sentence.
    const generated = generateFromText(SAMPLE_ARTICLE);
    if (!generated.ok) throw new Error(generated.error.message);
    expect(generated.value.cards.length).toBeGreaterThan(5);
    expect(generated.value.questions.length).toBeGreaterThan(0);
    expect(await db.prisma.card.count({ where: { deckId: deck.id, sentenceId: { not: null } } })).toBe(generated.value.cards.length);
    expect(await db.prisma.question.count({ where: { quizId: deck.quiz!.id } })).toBe(generated.value.questions.length);
  });

  it('answers the generator’s error code for unusable text and stores nothing', async () => {
    const teacher = await makeUser('TEACHER');
    expect(await createDraftFromText(db.prisma, teacher, { text: 'Plants are green.', fileName: null })).toEqual({ ok: false, error: 'too-short' });
    expect(await createDraftFromText(db.prisma, teacher, { text: '   ', fileName: null })).toEqual({ ok: false, error: 'empty' });
    expect(await storedCounts(teacher.id)).toEqual(NOTHING);
  });

  it('stores a Markdown article as written: sentences cite the file verbatim, read without markup, and the review shows it as it renders', async () => {
    const teacher = await makeUser('TEACHER');
    const markdown = SAMPLE_ARTICLE.replace('How Plants Make Food', '# How Plants Make Food')
      .replace('Photosynthesis is the process', '**Photosynthesis** is the process')
      .replace('called chloroplasts', 'called *chloroplasts*')
      .replace('tiny pores called stomata', 'tiny pores called [stomata](https://en.wikipedia.org/wiki/Stoma)');
    const outcome = await createDraftFromText(db.prisma, teacher, { text: markdown, fileName: 'plants.md', markdown: true, emphasized: ['Photosynthesis', 'chloroplasts'] });
    if (!outcome.ok) throw new Error(outcome.error);
    const deck = await db.prisma.deck.findUniqueOrThrow({ where: { id: outcome.deckId }, include: { document: { include: { sentences: true } } } });
    expect(deck.document!.content).toBe(markdown);
    const rows = deck.document!.sentences;
    const cited = rows.map((row) => markdown.slice(row.startOffset, row.endOffset));
    expect(cited).toContain('**Photosynthesis** is the process by which green plants, algae and some bacteria turn light energy into chemical energy.');
    expect(cited.some((sentence) => sentence.includes('[stomata](https://en.wikipedia.org/wiki/Stoma)'))).toBe(true);
    for (const row of rows) expect(row.text).not.toMatch(/\*|#|\]\(|https/);
    expect(rows.map((row) => row.text)).toContain('Photosynthesis is the process by which green plants, algae and some bacteria turn light energy into chemical energy.');

    const review = await loadReview(db.prisma, teacher, outcome.deckId);
    expect(review.document!.content).not.toMatch(/\*|# |\]\(/);
    expect(review.document!.content.startsWith('How Plants Make Food\n\nPhotosynthesis is the process')).toBe(true);
    for (const sentence of review.sentences) expect(review.document!.content.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('prefers the title the file gave', async () => {
    const teacher = await makeUser('TEACHER');
    const outcome = await createDraftFromText(db.prisma, teacher, { text: SAMPLE_ARTICLE, fileName: 'plants.docx', title: '  Biology:   plants ' });
    expect(outcome.ok).toBe(true);
    const deck = await db.prisma.deck.findUniqueOrThrow({ where: { id: (outcome as { deckId: string }).deckId } });
    expect(deck.title).toBe('Biology: plants');
  });
});

async function draftWithClass() {
  const teacher = await makeUser('TEACHER');
  const { deckId } = await saveDraft(db.prisma, teacher, source, fixtureGenerated());
  const { id: classId } = await createClass(db.prisma, teacher, { name: 'Biology 7A' });
  const student = await makeUser('STUDENT');
  await db.prisma.enrollment.create({ data: { classId, studentId: student.id } });
  return { teacher, deckId, classId, student };
}

describe('publishing a draft into a class', () => {
  it('publishes the deck and its quiz and assigns both to the class from now, once', async () => {
    const { teacher, deckId, classId, student } = await draftWithClass();
    expect(await publishDraft(db.prisma, teacher, { deckId, classId }, NOW)).toEqual({ ok: true, classId, className: 'Biology 7A', alreadyPublished: false });

    const deck = await db.prisma.deck.findUniqueOrThrow({ where: { id: deckId }, include: { quiz: true } });
    expect(deck.publishedAt).toEqual(NOW);
    expect(deck.quiz!.publishedAt).toEqual(NOW);
    const assignments = await db.prisma.assignment.findMany({ where: { classId }, orderBy: { kind: 'asc' } });
    expect(assignments.map((row) => [row.kind, row.deckId, row.quizId, row.opensAt, row.dueAt])).toEqual([
      ['DECK', deckId, null, NOW, null],
      ['QUIZ', null, deck.quiz!.id, NOW, null],
    ]);

    // Again into the same class: nothing new, and the first publication date stays.
    const later = new Date(NOW.getTime() + 60_000);
    expect(await publishDraft(db.prisma, teacher, { deckId, classId }, later)).toMatchObject({ ok: true, alreadyPublished: true });
    expect(await db.prisma.assignment.count({ where: { classId } })).toBe(2);
    expect((await db.prisma.deck.findUniqueOrThrow({ where: { id: deckId } })).publishedAt).toEqual(NOW);

    // The student's home lists the deck and its quiz.
    const listed = await listOpenAssignmentsForStudent(db.prisma, student, later);
    expect(listed.map((item) => [item.kind, item.deckId, item.title]).sort()).toEqual([
      ['DECK', deckId, 'Photosynthesis'],
      ['QUIZ', null, 'Photosynthesis'],
    ]);
  });

  it('publishes into a second class, keeping the first', async () => {
    const { teacher, deckId, classId } = await draftWithClass();
    const { id: otherClassId } = await createClass(db.prisma, teacher, { name: 'Biology 7B' });
    await publishDraft(db.prisma, teacher, { deckId, classId }, NOW);
    expect(await publishDraft(db.prisma, teacher, { deckId, classId: otherClassId }, NOW)).toMatchObject({ ok: true, alreadyPublished: false });
    expect(await db.prisma.assignment.count({ where: { deckId } })).toBe(2);
  });

  it('assigns only once when two publishes of the same deck race', async () => {
    const { teacher, deckId, classId } = await draftWithClass();
    const outcomes = await Promise.all([publishDraft(db.prisma, teacher, { deckId, classId }, NOW), publishDraft(db.prisma, teacher, { deckId, classId }, NOW)]);
    expect(outcomes.map((outcome) => outcome.ok && outcome.alreadyPublished).sort()).toEqual([false, true]);
    expect(await db.prisma.assignment.count({ where: { classId } })).toBe(2);
  });

  it('publishes the deck alone when its quiz has no questions left', async () => {
    const { teacher, deckId, classId } = await draftWithClass();
    await db.prisma.question.deleteMany({ where: { quiz: { deckId } } });
    expect(await publishDraft(db.prisma, teacher, { deckId, classId }, NOW)).toMatchObject({ ok: true });
    expect((await db.prisma.assignment.findMany({ where: { classId } })).map((row) => row.kind)).toEqual(['DECK']);
    expect((await db.prisma.quiz.findUniqueOrThrow({ where: { deckId } })).publishedAt).toBeNull();
  });

  it('refuses an archived class, an empty deck, and another teacher’s class or deck, changing nothing', async () => {
    const { teacher, deckId, classId } = await draftWithClass();
    const before = await storedCounts(teacher.id);

    await db.prisma.class.update({ where: { id: classId }, data: { archivedAt: NOW } });
    expect(await publishDraft(db.prisma, teacher, { deckId, classId }, NOW)).toEqual({ ok: false, error: 'publish.classArchived' });
    await db.prisma.class.update({ where: { id: classId }, data: { archivedAt: null } });

    const other = await draftWithClass();
    await expect(publishDraft(db.prisma, teacher, { deckId, classId: other.classId }, NOW)).rejects.toThrow(NotFoundOrForbidden);
    await expect(publishDraft(db.prisma, teacher, { deckId: other.deckId, classId }, NOW)).rejects.toThrow(NotFoundOrForbidden);
    await expect(publishDraft(db.prisma, other.student, { deckId, classId }, NOW)).rejects.toThrow(NotFoundOrForbidden);
    await expect(publishDraft(db.prisma, teacher, { deckId: randomUUID(), classId }, NOW)).rejects.toThrow(NotFoundOrForbidden);

    await db.prisma.card.updateMany({ where: { deckId }, data: { archivedAt: NOW } });
    expect(await publishDraft(db.prisma, teacher, { deckId, classId }, NOW)).toEqual({ ok: false, error: 'publish.emptyDeck' });

    expect(await storedCounts(teacher.id)).toEqual(before);
    expect(await storedCounts(other.teacher.id)).toMatchObject({ assignments: 0 });
    expect((await db.prisma.deck.findUniqueOrThrow({ where: { id: deckId } })).publishedAt).toBeNull();
  });
});

describe('deleting a draft', () => {
  it('deletes the deck, quiz, document, sentences and concepts of an unpublished draft', async () => {
    const teacher = await makeUser('TEACHER');
    const { deckId } = await saveDraft(db.prisma, teacher, source, fixtureGenerated());
    expect(await deleteDraft(db.prisma, teacher, { deckId })).toEqual({ ok: true });
    expect(await storedCounts(teacher.id)).toEqual(NOTHING);
  });

  it('keeps a published deck, and refuses other people, changing nothing', async () => {
    const { teacher, deckId, classId, student } = await draftWithClass();
    const intruder = await makeUser('TEACHER');
    await expect(deleteDraft(db.prisma, intruder, { deckId })).rejects.toThrow(NotFoundOrForbidden);
    await expect(deleteDraft(db.prisma, student, { deckId })).rejects.toThrow(NotFoundOrForbidden);
    await publishDraft(db.prisma, teacher, { deckId, classId }, NOW);
    const before = await storedCounts(teacher.id);
    expect(await deleteDraft(db.prisma, teacher, { deckId })).toEqual({ ok: false, error: 'deck.published' });
    expect(await storedCounts(teacher.id)).toEqual(before);
  });
});
