// CPU of the quiz-taking writes, one at a time, in this process (the app's side) and in PostgreSQL's connection
// (the database's side): an answer batch of two, a submit (grading), and the submit's memory feed. For finding
// which half of the bell-time burst (bench/quiz-burst.ts) costs what; prints, asserts nothing.
//
//   npx tsx bench/submit-cost.ts [--students 200]
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { saveAnswers, submitAttemptFeedingLater } from '../lib/data/attempts.ts';
import { prismaFor } from '../lib/db/client.ts';
import { applyMigrations } from '../lib/db/migrations.ts';
import { seedDemoIfEmpty } from '../prisma/seed.ts';
import { makeClassStudents, startQuizAttempts } from './classroom.ts';
import { runBench } from './processes.ts';
import { cpuMeter } from './review-load.ts';
import { onEachScratchDatabase } from './scratch-databases.ts';

const { values: args } = parseArgs({ options: { students: { type: 'string', default: '200' } } });
const students = Number(args.students);

await runBench(async () => {
  await onEachScratchDatabase('postgres', 'submitcost', async (label, open) => {
    const { database, url } = await open();
    const db = prismaFor(database);
    await applyMigrations(database, { root: process.cwd() });
    await seedDemoIfEmpty(db, process.cwd());
    const phones = await startQuizAttempts(db, await makeClassStudents(db, students, randomBytes(32).toString('base64url'), 'Cost'), 8);
    const databaseName = ` ${new URL(url).pathname.slice(1)} `;
    const measure = async (what: string, work: (phone: (typeof phones)[number]) => Promise<unknown>) => {
      const app = process.cpuUsage();
      const dbCpu = cpuMeter(({ commandLine }) => commandLine.includes(databaseName));
      for (const phone of phones) await work(phone);
      const appMs = (process.cpuUsage(app).user + process.cpuUsage(app).system) / 1000;
      console.log(`${label} ${what}: app ${(appMs / phones.length).toFixed(2)} ms, database ${(dbCpu() / phones.length).toFixed(2)} ms per call (${phones.length} calls)`);
    };
    const now = () => new Date();
    for (const round of [0, 1, 2, 3]) {
      await measure(`answers ${round * 2 + 1}-${round * 2 + 2}`, (phone) =>
        saveAnswers(db, phone.actor, phone.attemptId, phone.plan.slice(round * 2, round * 2 + 2).map(({ question, response }) => ({ questionId: question.questionId, response, timeSpentMs: 1000 })), now()),
      );
    }
    const feeds: (() => Promise<number>)[] = [];
    await measure('submit (grading)', async (phone) => feeds.push((await submitAttemptFeedingLater(db, phone.actor, phone.attemptId, now())).feedMemory));
    let at = 0;
    await measure('memory feed', () => feeds[at++]!());
    await db.$disconnect();
    await database.close();
  });
});
