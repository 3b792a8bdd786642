// The production build on a fresh PostgreSQL database with the demo seeded, and the pages students and the
// teacher use, each with the session cookie of a demo account who has history: what bench/lighthouse.ts and
// bench/js-per-route.ts measure. Everything it makes is removed by runBench's clean-up.
import { randomBytes } from 'node:crypto';
import { SESSION_MAX_AGE_SECONDS } from '../lib/auth/session-config.ts';
import { prismaFor, type Db } from '../lib/db/client.ts';
import { createScratchPostgres } from '../lib/testing/postgres.ts';
import { DEMO_CLASS } from '../prisma/seed.ts';
import { findFreePort } from '../scripts/port.ts';
import { onCleanUp, startProcess } from './processes.ts';
import { SESSION_COOKIE, sessionToken } from './sessions.ts';

/** Demo accounts with history (prisma/demo-history.ts): student12 left the quiz half-answered, so it is still open. */
const ACCOUNTS = { student: 'student4@parta.demo', quizTaker: 'student12@parta.demo', teacher: 'teacher@parta.demo' } as const;
type Account = keyof typeof ACCOUNTS;

export interface DemoRoute {
  /** What the page is, in words for the table: "student: review (/study)". */
  label: string;
  path: string;
  /** The cookie header that signs its visitor in. */
  cookie: string;
}

export interface DemoApp {
  baseURL: string;
  routes: { student: DemoRoute[]; teacher: DemoRoute[] };
}

async function sessionCookie(db: Db, secret: string, email: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true } });
  const now = new Date();
  const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } });
  return `${SESSION_COOKIE}=${await sessionToken(secret, user, session.id)}`;
}

export async function startDemoApp(): Promise<DemoApp> {
  const secret = randomBytes(32).toString('base64url');
  const scratch = await createScratchPostgres('parta_bench_');
  onCleanUp(() => scratch.cleanup());
  const db = prismaFor(scratch.database);
  onCleanUp(() => db.$disconnect());
  const port = await findFreePort();
  console.log('Starting the production build on a fresh database (migrate, seed, build if needed)…');
  await startProcess('npm start', ['scripts/start.ts'], { PORT: String(port), DATABASE_URL: scratch.url, NEXTAUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: '1' }, 'Parta is running at');

  const cookies = {} as Record<Account, string>;
  for (const account of Object.keys(ACCOUNTS) as Account[]) cookies[account] = await sessionCookie(db, secret, ACCOUNTS[account]);
  const klass = await db.class.findUniqueOrThrow({ where: { joinCode: DEMO_CLASS.joinCode }, select: { id: true } });
  const deck = await db.assignment.findFirstOrThrow({ where: { classId: klass.id, kind: 'DECK' }, select: { deckId: true } });
  const attemptOf = (email: string, status: 'IN_PROGRESS' | 'SUBMITTED') =>
    db.attempt.findFirstOrThrow({ where: { status, student: { email } }, select: { id: true } });
  const open = await attemptOf(ACCOUNTS.quizTaker, 'IN_PROGRESS');
  const submitted = await attemptOf(ACCOUNTS.student, 'SUBMITTED');

  const route = (who: Account, what: string, path: string): DemoRoute => ({ label: `${who === 'teacher' ? 'teacher' : 'student'}: ${what} (${path.replace(/[0-9a-f-]{36}/g, '…')})`, path, cookie: cookies[who] });
  return {
    baseURL: `http://127.0.0.1:${port}`,
    routes: {
      student: [
        route('student', 'home', '/home'),
        route('student', 'review', '/study'),
        route('quizTaker', 'quiz being taken', `/attempts/${open.id}`),
        route('student', 'quiz results', `/attempts/${submitted.id}/results`),
        route('student', 'progress', '/progress'),
      ],
      teacher: [
        route('teacher', 'home', '/home'),
        route('teacher', 'class', `/classes/${klass.id}`),
        route('teacher', 'class progress', `/classes/${klass.id}/progress`),
        route('teacher', 'deck review and editor', `/decks/${deck.deckId}`),
        route('teacher', 'new from text', '/decks/new'),
      ],
    },
  };
}
