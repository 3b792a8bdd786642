// POST /api/drafts: refusals with their statuses before any work, and the progress stream, on PGlite and
// PostgreSQL. Whatever is refused or fails stores nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor, Role } from '@/lib/access/actor';
import { useDbForTests } from '@/lib/db/client';
import { MAX_UPLOAD_BYTES } from '@/lib/documents/extract-text';
import { GENERATE_PER_TEACHER } from '@/lib/rate-limit/rules';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';
import { SAMPLE_ARTICLE } from '@/lib/testing/sample-article';

let currentActor: Actor | null = null;
vi.mock('server-only', () => ({}));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ getAll: () => [] }) }));
vi.mock('@/lib/auth/current-actor', () => ({ getActor: async () => currentActor }));

const { POST } = await import('./route.ts');

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
});
afterAll(async () => test?.cleanup());

let teacher: Actor;
beforeEach(async () => {
  teacher = await makeUser('TEACHER');
  currentActor = teacher;
});

async function makeUser(role: Role): Promise<Actor> {
  return test.prisma.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@school.kz`, name: role, passwordHash: 'x', role },
    select: { id: true, role: true, name: true, email: true },
  });
}

const ORIGIN = 'http://parta.test';

function post(fields: Record<string, string | File>, headers: Record<string, string> = { origin: ORIGIN }): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return POST(new Request(`${ORIGIN}/api/drafts`, { method: 'POST', body: form, headers: { host: 'parta.test', ...headers } }));
}

async function lines(response: Response): Promise<Record<string, unknown>[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/x-ndjson');
  return (await response.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const storedFor = async (actor: Actor) => ({
  documents: await test.prisma.sourceDocument.count({ where: { ownerId: actor.id } }),
  decks: await test.prisma.deck.count({ where: { ownerId: actor.id } }),
  quizzes: await test.prisma.quiz.count({ where: { ownerId: actor.id } }),
});
const NOTHING = { documents: 0, decks: 0, quizzes: 0 };
const hits = (actor: Actor) => test.prisma.rateLimitHit.count({ where: { bucket: GENERATE_PER_TEACHER.bucket, key: actor.id } });

describe('POST /api/drafts', () => {
  it('streams the stages, then the review URL of a stored draft', async () => {
    const answer = await lines(await post({ text: SAMPLE_ARTICLE }));
    expect(answer.slice(0, -1)).toEqual(['reading', 'sentences', 'concepts', 'cards', 'questions', 'saving'].map((stage) => ({ stage })));
    const done = answer.at(-1)!;
    expect(done).toMatchObject({ done: true, reviewUrl: expect.stringMatching(/^\/decks\/[0-9a-f-]{36}$/) });
    const deck = await test.prisma.deck.findUniqueOrThrow({ where: { id: String(done.reviewUrl).split('/').at(-1) }, include: { document: true } });
    expect(deck).toMatchObject({ ownerId: teacher.id, title: 'How Plants Make Food', publishedAt: null });
    expect(deck.document).toMatchObject({ fileName: null, content: SAMPLE_ARTICLE.trim() });
    expect(await hits(teacher)).toBe(1);
  });

  it('reads an uploaded file, with an extracting stage, and keeps its name', async () => {
    const answer = await lines(await post({ file: new File([SAMPLE_ARTICLE], 'plants.txt', { type: 'text/plain' }) }));
    expect(answer.map((line) => line.stage ?? 'end')).toEqual(['reading', 'extracting', 'sentences', 'concepts', 'cards', 'questions', 'saving', 'end']);
    const deckId = String(answer.at(-1)!.reviewUrl).split('/').at(-1)!;
    expect((await test.prisma.deck.findUniqueOrThrow({ where: { id: deckId }, include: { document: true } })).document!.fileName).toBe('plants.txt');
  });

  it('keeps an uploaded Markdown file as written, cites it verbatim and stores the sentence as it reads', async () => {
    const markdown = SAMPLE_ARTICLE.replace('How Plants Make Food', '# How Plants Make Food').replace('tissue called xylem', 'tissue called **xylem**');
    const answer = await lines(await post({ file: new File([markdown], 'plants.md', { type: 'text/markdown' }) }));
    const deckId = String(answer.at(-1)!.reviewUrl).split('/').at(-1)!;
    const document = (await test.prisma.deck.findUniqueOrThrow({ where: { id: deckId }, include: { document: { include: { sentences: true, concepts: true } } } })).document!;
    expect(document.content).toBe(markdown.trim());
    const xylem = document.sentences.find((row) => row.text.includes('xylem'))!;
    expect(markdown.slice(xylem.startOffset, xylem.endOffset)).toBe('Water travels from the roots to the leaves through a tissue called **xylem**.');
    expect(xylem.text).toBe('Water travels from the roots to the leaves through a tissue called xylem.');
    expect(document.concepts.map((concept) => concept.term)).toContain('xylem');
  });

  it('refuses before any work: other sites, the signed out, students, and input that cannot be used', async () => {
    const student = await makeUser('STUDENT');
    const cases: [string, () => Promise<Response>, number, string][] = [
      ['no Origin', () => post({ text: SAMPLE_ARTICLE }, {}), 403, 'draft.crossSite'],
      ['another site', () => post({ text: SAMPLE_ARTICLE }, { origin: 'https://evil.example' }), 403, 'draft.crossSite'],
      ['empty text', () => post({ text: '  \n ' }), 422, 'draft.empty'],
      ['nothing at all', () => post({}), 422, 'draft.empty'],
      ['text and a file', () => post({ text: SAMPLE_ARTICLE, file: new File([SAMPLE_ARTICLE], 'a.txt') }), 422, 'draft.chooseOne'],
      ['a file type we do not read', () => post({ file: new File(['{\\rtf1 hello}'], 'notes.rtf') }), 415, 'draft.unsupportedType'],
      ['a file too large', () => post({ file: new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], 'big.txt') }), 413, 'draft.tooLarge'],
      ['an upload larger than any form', () => post({ text: 'x'.repeat(MAX_UPLOAD_BYTES + 100_000) }), 413, 'draft.tooLarge'],
    ];
    for (const [what, send, status, code] of cases) {
      const response = await send();
      expect([what, response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([what, status, code]);
    }
    const garbage = await POST(new Request(`${ORIGIN}/api/drafts`, { method: 'POST', body: 'not a form', headers: { host: 'parta.test', origin: ORIGIN, 'content-type': 'multipart/form-data; boundary=x' } }));
    expect(garbage.status).toBe(400);

    currentActor = null;
    expect((await post({ text: SAMPLE_ARTICLE })).status).toBe(401);
    currentActor = student;
    expect((await post({ text: SAMPLE_ARTICLE })).status).toBe(404);

    expect(await storedFor(teacher)).toEqual(NOTHING);
    expect(await storedFor(student)).toEqual(NOTHING);
    // Refused requests do not count against the teacher's limit.
    expect(await hits(teacher)).toBe(0);
  });

  it('ends the stream with the generator’s error code, storing nothing', async () => {
    expect((await lines(await post({ text: 'Plants are green.' }))).at(-1)).toEqual({ error: { code: 'draft.tooShort', message: expect.any(String) } });
    expect(await storedFor(teacher)).toEqual(NOTHING);
  });

  it('refuses a file it cannot read with 422 and the extractor’s reason, before any progress, storing nothing', async () => {
    const corrupt = await post({ file: new File([new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9, 9])], 'lesson.docx') });
    expect(corrupt.status).toBe(422);
    expect(corrupt.headers.get('content-type')).toContain('application/json');
    expect(await corrupt.json()).toEqual({ error: { code: 'draft.corrupt', message: expect.stringMatching(/\w/) } });

    const binary = await post({ file: new File([new Uint8Array(Array.from({ length: 512 }, (_, index) => (index * 37) % 256))], 'notes.txt') });
    expect(binary.status).toBe(422);
    expect(((await binary.json()) as { error: { code: string } }).error.code).toBe('draft.binary');
    expect(await storedFor(teacher)).toEqual(NOTHING);
  });

  it('allows 30 drafts an hour per teacher, then answers 429 with the minutes to wait', async () => {
    const now = Date.now();
    await test.prisma.rateLimitHit.createMany({
      data: Array.from({ length: GENERATE_PER_TEACHER.limit }, (_, index) => ({ bucket: GENERATE_PER_TEACHER.bucket, key: teacher.id, createdAt: new Date(now - index * 60_000) })),
    });
    const response = await post({ text: SAMPLE_ARTICLE });
    expect(response.status).toBe(429);
    // The oldest of the 30 leaves the hour in 31 minutes.
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('draft.rateLimited:31');
    expect(await storedFor(teacher)).toEqual(NOTHING);

    // Once it has left, the teacher may make a draft again.
    const oldest = await test.prisma.rateLimitHit.findFirstOrThrow({ where: { bucket: GENERATE_PER_TEACHER.bucket, key: teacher.id }, orderBy: { createdAt: 'asc' } });
    await test.prisma.rateLimitHit.update({ where: { id: oldest.id }, data: { createdAt: new Date(now - GENERATE_PER_TEACHER.windowMs - 60_000) } });
    expect((await lines(await post({ text: SAMPLE_ARTICLE }))).at(-1)).toMatchObject({ done: true });

    // Another teacher is not affected.
    currentActor = await makeUser('TEACHER');
    expect((await lines(await post({ text: SAMPLE_ARTICLE }))).at(-1)).toMatchObject({ done: true });
  });
});
