// POST /api/reviews/sync (the fast lane): whole-batch refusals with their statuses, and a batch stored once even when the device
// sends it twice (its answer got lost), on PGlite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/access/actor';
import { useDbForTests } from '@/lib/db/client';
import { registerSql, sqlFor } from '@/lib/db/sql';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';
import { fastLaneFetch } from '@/lib/testing/fast-lane-fetch';
import { studyWorld } from '@/lib/testing/study-world';
import { REFIT_CHECK_EVERY, refitCheckDue } from '@/lib/data/fsrs-parameters';
import messages from '@/lib/i18n/messages/en.json';
import { MAX_SYNC_ITEMS } from '@/lib/validation/reviews';

let currentActor: Actor | null = null;
const fetchFromLane = fastLaneFetch(() => currentActor);
// Work done after the answer has gone (fitting FSRS weights), run at once and kept here.
const afterAnswer = fetchFromLane.afterWork;

let test: TestDatabase;
let world: Awaited<ReturnType<typeof studyWorld>>;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
  world = await studyWorld(test.prisma, new Date(Date.now() - 3_600_000));
});
afterAll(async () => test?.cleanup());

const ORIGIN = 'http://parta.test';

function post(body: string, headers: Record<string, string> = { origin: ORIGIN }): Promise<Response> {
  return fetchFromLane(new Request(`${ORIGIN}/api/reviews/sync`, { method: 'POST', body, headers: { host: 'parta.test', 'content-type': 'application/json', ...headers } }));
}

const review = (cardId: string) => ({ type: 'review', key: randomUUID(), cardId, rating: 'GOOD', reviewedAt: new Date().toISOString(), durationMs: 1200 });

async function errorOf(response: Response): Promise<{ status: number; code: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  // The message is the code's text in en.json, which the study screen can show as it is.
  const [group, name] = body.error.code.split('.') as [keyof typeof messages.Errors, string];
  expect(body.error.message).toBe(name ? (messages.Errors[group] as Record<string, string>)[name] : messages.Errors[group]);
  return { status: response.status, code: body.error.code };
}

describe('POST /api/reviews/sync', () => {
  it('stores a batch and answers for each item; the same batch again is all duplicates', async () => {
    currentActor = world.student;
    const body = JSON.stringify({ deviceId: 'phone', items: [review(world.cardIds[0]!), review(world.cardIds[1]!)] });
    const first = await post(body);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const answer = (await first.json()) as { results: { status: string }[]; cards: { cardId: string }[] };
    expect(answer.results.map((result) => result.status)).toEqual(['stored', 'stored']);
    expect(answer.cards.map((card) => card.cardId).sort()).toEqual(world.cardIds.slice(0, 2).sort());

    // Storing reviews asks whether the student's own FSRS weights are due (not yet: 2 of the 400 reviews needed).
    expect(afterAnswer).toHaveLength(1);
    expect(await afterAnswer[0]).toMatchObject({ status: 'skipped', reason: 'tooFewReviews', reviewCount: 2 });

    const again = (await (await post(body)).json()) as { results: { status: string }[] };
    expect(again.results.map((result) => result.status)).toEqual(['duplicate', 'duplicate']);
    expect(afterAnswer).toHaveLength(1);
    expect(await test.prisma.reviewLog.count({ where: { studentId: world.student.id } })).toBe(2);
  });

  it('refuses whole batches that are not batches, with a status and a message saying what to send', async () => {
    currentActor = world.student;
    const before = await test.prisma.reviewLog.count();
    const tooMany = Array.from({ length: MAX_SYNC_ITEMS + 1 }, () => review(world.cardIds[2]!));
    expect(await errorOf(await post('{not json'))).toEqual({ status: 400, code: 'sync.badJson' });
    expect(await errorOf(await post(JSON.stringify({ items: [review(world.cardIds[2]!)] })))).toEqual({ status: 400, code: 'sync.badBatch' });
    expect(await errorOf(await post(JSON.stringify({ deviceId: 'phone', items: [] })))).toEqual({ status: 400, code: 'sync.badBatch' });
    expect(await errorOf(await post(JSON.stringify({ deviceId: 'phone', items: 'all of them' })))).toEqual({ status: 400, code: 'sync.badBatch' });
    expect(await errorOf(await post(JSON.stringify({ deviceId: 'phone', items: tooMany })))).toEqual({ status: 400, code: 'sync.badBatch' });
    expect(await errorOf(await post(JSON.stringify({ deviceId: 'phone', items: [{ ...review(world.cardIds[2]!), pad: 'x'.repeat(300_000) }] })))).toEqual({
      status: 413,
      code: 'sync.tooLarge',
    });
    expect(await test.prisma.reviewLog.count()).toBe(before);
  });

  it('refuses other sites, visitors and teachers', async () => {
    const body = JSON.stringify({ deviceId: 'phone', items: [review(world.cardIds[2]!)] });
    currentActor = world.student;
    expect(await errorOf(await post(body, { origin: 'https://evil.example' }))).toEqual({ status: 403, code: 'sync.crossSite' });
    expect(await errorOf(await post(body, {}))).toEqual({ status: 403, code: 'sync.crossSite' });
    currentActor = null;
    expect(await errorOf(await post(body))).toEqual({ status: 401, code: 'signedOut' });
    currentActor = world.teacher;
    expect(await errorOf(await post(body))).toEqual({ status: 404, code: 'notFound' });
    expect(await test.prisma.reviewLog.count({ where: { cardId: world.cardIds[2]! } })).toBe(0);
  });

  it('answers 503 with Retry-After, storing nothing, when other devices keep changing the same cards', async () => {
    currentActor = world.student;
    const sql = sqlFor(test.prisma);
    // Every write finds that another device got in first.
    registerSql(test.prisma, {
      query: (text, values, name) =>
        name === 'review-sync-write' ? Promise.reject(Object.assign(new Error('conflict'), { code: '40001' })) : sql.query(text, values, name),
      transaction: (work) => sql.transaction(work),
    });
    const item = review(world.cardIds[1]!);
    try {
      const response = await post(JSON.stringify({ deviceId: 'phone', items: [item] }));
      expect(response.headers.get('retry-after')).toBe('1');
      expect(await errorOf(response)).toEqual({ status: 503, code: 'sync.busy' });
    } finally {
      registerSql(test.prisma, sql);
    }
    expect(await test.prisma.reviewLog.count({ where: { idempotencyKey: item.key } })).toBe(0);
  });

  it('looks at whether a refit is due on the first sync, then once every so many stored reviews', () => {
    const student = randomUUID();
    expect(refitCheckDue(student, 1)).toBe(true);
    for (let i = 1; i < REFIT_CHECK_EVERY; i++) expect(refitCheckDue(student, 1)).toBe(false);
    expect(refitCheckDue(student, 1)).toBe(true);
    expect(refitCheckDue(student, REFIT_CHECK_EVERY)).toBe(true);
  });
});

describe('the fast lane around it', () => {
  it('answers a method the path does not take with 405 and the methods it does', async () => {
    const response = await fetchFromLane(new Request(`${ORIGIN}/api/reviews/sync`, { headers: { host: 'parta.test' } }));
    expect(response.headers.get('allow')).toBe('POST');
    expect(await errorOf(response)).toEqual({ status: 405, code: 'methodNotAllowed' });
  });

  it('keeps a request id the balancer gave, and gives one to a request without', async () => {
    currentActor = null;
    const given = await post('{}', { origin: ORIGIN, 'x-request-id': 'balancer-1234567' });
    expect(given.headers.get('x-request-id')).toBe('balancer-1234567');
    const fresh = await post('{}', { origin: ORIGIN, 'x-request-id': 'bad id' });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
