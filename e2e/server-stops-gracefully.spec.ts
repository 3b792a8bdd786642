// Stopping a server (SIGTERM, as a service manager or a deploy does) while a student's answer is being written: the
// server stops taking new connections at once, lets the write finish and acknowledges it, then exits 0. Nothing a
// phone was told is saved may be lost by a restart. The write is held in flight by a lock this test takes on the
// attempt's row (an answer's write waits for it, lib/data/attempts/answer-writes.ts), so the stop lands mid-write
// every time. Runs once (desktop project), on a scratch PostgreSQL database.
import { expect } from '@playwright/test';
import pg from 'pg';
import { createScratchPostgres } from '../lib/testing/postgres';
import { exitOf, postgresAnswers, startInstance, stop, waitForHealth } from './instances';
import { DEMO_PASSWORD, signIn, test } from './support';

test('a server told to stop finishes the answer it is writing, acknowledges it, refuses new connections and exits 0', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'One extra server on its own database: the desktop project runs it once.');
  test.skip(!process.env.CI && !(await postgresAnswers()), 'PostgreSQL does not answer on this machine.');
  test.setTimeout(240_000);

  const scratch = await createScratchPostgres('parta_e2e_stop_');
  const instance = await startInstance(scratch.url);
  const context = await browser.newContext({ baseURL: instance.url });
  const locker = new pg.Client({ connectionString: scratch.url });
  try {
    await waitForHealth(instance);
    const page = await context.newPage();
    await signIn(page, 'student1@parta.demo', DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/home$/, { timeout: 60_000 });

    // Start the demo quiz and pick a single-choice question, as the taking screen would.
    await locker.connect();
    const { rows } = await locker.query<{ id: string }>(`SELECT "id"::text FROM "Assignment" WHERE "kind" = 'QUIZ' LIMIT 1`);
    const write = { headers: { Origin: instance.url, 'Content-Type': 'application/json' } };
    const started = await context.request.post(`/api/assignments/${rows[0]!.id}/attempts`, write);
    expect(started.status()).toBe(200);
    const { attemptId } = (await started.json()) as { attemptId: string };
    const attempt = (await (await context.request.get(`/api/attempts/${attemptId}`)).json()) as { questions: { questionId: string; type: string }[] };
    const question = attempt.questions.find((candidate) => candidate.type === 'single')!;

    // Hold the attempt's row, so the answer's write waits in the server for as long as this test likes.
    await locker.query('BEGIN');
    await locker.query(`SELECT 1 FROM "Attempt" WHERE "id" = $1::uuid FOR UPDATE`, [attemptId]);
    const answered = context.request.put(`/api/attempts/${attemptId}/answers`, { ...write, data: { answers: [{ questionId: question.questionId, response: { choice: 0 } }] } });
    await expect.poll(async () => (await locker.query<{ waiting: number }>(`SELECT count(*)::int AS "waiting" FROM pg_locks WHERE NOT "granted"`)).rows[0]!.waiting).toBeGreaterThan(0);

    const exited = stop(instance);
    // New connections are refused while the write is still in flight.
    await expect.poll(() => fetch(`${instance.url}/api/health`).then(() => 'answered', () => 'refused'), { timeout: 5000 }).toBe('refused');
    expect(instance.process.exitCode).toBeNull();

    await locker.query('COMMIT');
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { results: unknown[] }).results).toEqual([{ questionId: question.questionId, status: 'saved' }]);
    expect(await exited).toBe(0);

    const stored = await locker.query<{ response: unknown }>(`SELECT "response" FROM "Answer" WHERE "attemptId" = $1::uuid AND "questionId" = $2::uuid`, [attemptId, question.questionId]);
    expect(stored.rows).toHaveLength(1);
    // The log says it stopped on the signal, and the write's line is there.
    const logged = instance.output.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(expect.objectContaining({ msg: 'stopping', signal: 'SIGTERM' }));
    expect(logged).toContainEqual(expect.objectContaining({ msg: 'request', method: 'PUT', path: `/api/attempts/${attemptId}/answers`, status: 200 }));
  } finally {
    await context.close();
    await locker.end().catch(() => {});
    await stop(instance);
    await exitOf(instance);
    await scratch.cleanup();
  }
});
