// One teacher's draft must not hold up everyone else: while the largest text allowed is turned into a draft
// (seconds of generator work), GET /api/health, called every 50 ms in the same process, answers each time within
// 200 ms (beyond what the machine gives an idle server). Before the generator ran in a worker thread, the server's
// thread was busy the whole time, and the first health call waited for all of it.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/access/actor';
import { useDbForTests } from '@/lib/db/client';
import { MAX_TEXT_CHARACTERS } from '@/lib/documents/input-rules';
import { readNdjson } from '@/lib/http/ndjson';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';
import { maximalArticle } from '@/lib/testing/maximal-article';
import { makeUser } from '@/lib/testing/study-world';

let currentActor: Actor | null = null;
vi.mock('server-only', () => ({}));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ getAll: () => [] }) }));
vi.mock('@/lib/auth/current-actor', () => ({ getActor: async () => currentActor }));

const { POST } = await import('./route.ts');
// The handler ignores its request, but the logging frame around it reads one.
const { GET } = await import('../health/route.ts');
const health = () => (GET as unknown as (request: Request) => Promise<Response>)(new Request('http://parta.test/api/health'));

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
  currentActor = await makeUser(test.prisma, 'TEACHER');
});
afterAll(async () => test?.cleanup());

const ORIGIN = 'http://parta.test';
const GENERATING = new Set(['sentences', 'concepts', 'cards', 'questions']);

/** Calls /api/health every 50 ms until `stop()` says so; each answer's time, with the stage it began and ended in. */
function pollHealth(stageNow: () => string, stop: () => boolean) {
  const answers: { began: string; ended: string; ms: number }[] = [];
  const done = (async () => {
    while (!stop()) {
      const began = stageNow();
      const started = performance.now();
      const response = await health();
      answers.push({ began, ended: stageNow(), ms: performance.now() - started });
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return { answers, done };
}

const slowestOf = (answers: { ms: number }[]) => Math.max(0, ...answers.map((answer) => answer.ms));

it('answers /api/health within 200 ms while the largest draft allowed is generated', async () => {
  const text = maximalArticle();
  expect(text.length).toBe(MAX_TEXT_CHARACTERS);

  // What this machine gives an idle server (on a busy test machine, more than a quiet one): the allowance below
  // is 200 ms beyond it, so that only the draft's own work can fail the test.
  const idleUntil = performance.now() + 1_000;
  const idle = pollHealth(() => 'idle', () => performance.now() > idleUntil);
  await idle.done;
  const idleSlowest = slowestOf(idle.answers);

  let stage = 'sending';
  let finished = false;
  const busy = pollHealth(() => stage, () => finished);
  const form = new FormData();
  form.append('text', text);
  const started = performance.now();
  const response = await POST(new Request(`${ORIGIN}/api/drafts`, { method: 'POST', body: form, headers: { host: 'parta.test', origin: ORIGIN } }));
  const lines: Record<string, unknown>[] = [];
  await readNdjson(response.body!, (value) => {
    const line = value as Record<string, unknown>;
    lines.push(line);
    stage = typeof line.stage === 'string' ? line.stage : 'end';
  });
  const draftSeconds = (performance.now() - started) / 1000;
  finished = true;
  await busy.done;

  // The progress stream is the same as ever, ending in a stored draft.
  expect(lines.map((line) => line.stage ?? (line.done ? 'done' : line))).toEqual(['reading', 'sentences', 'concepts', 'cards', 'questions', 'saving', 'done']);
  const whileGenerating = busy.answers.filter((answer) => GENERATING.has(answer.began) && GENERATING.has(answer.ended));
  // Storing the draft is one transaction, and PGlite has one connection: queries wait for it (reported, not tested).
  const whileSaving = busy.answers.filter((answer) => ['saving', 'end'].includes(answer.ended) && !['end'].includes(answer.began));
  console.log(
    `Maximal draft (${text.length} characters): ${draftSeconds.toFixed(1)} s in all. /api/health idle: slowest ` +
      `${idleSlowest.toFixed(0)} ms; while generating: ${whileGenerating.length} answers, slowest ${slowestOf(whileGenerating).toFixed(0)} ms; ` +
      `while saving: ${whileSaving.length} answers, slowest ${slowestOf(whileSaving).toFixed(0)} ms.`,
  );
  expect(whileGenerating.length).toBeGreaterThan(5);
  expect(slowestOf(whileGenerating)).toBeLessThan(200 + idleSlowest);
}, 240_000);
