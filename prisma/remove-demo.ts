// npm run db:remove-demo: the demo accounts (every account at @parta.demo, which sign-up refuses) and everything
// they own, in one transaction. Deleting a user cascades to what is theirs: the demo teacher's class, decks,
// quizzes and their assignments; the demo students' enrollments, memories, reviews and attempts; sessions, reset
// codes. A real student who joined the demo class keeps their account and their other classes; their place in
// the demo class and their work on its deck and quiz go with it, since both belong to the demo. Afterwards an empty
// database is not seeded with the demo again (InstanceSetting "demo-removed").
import { DEMO_EMAIL_DOMAIN } from '../lib/auth/demo-accounts.ts';
import type { Db } from '../lib/db/client.ts';

export const DEMO_REMOVED_SETTING = 'demo-removed';

export interface DemoRemoval {
  accounts: number;
  classes: number;
  decks: number;
  quizzes: number;
  attempts: number;
  reviews: number;
  /** Real students who were in a demo class: kept, without that class. */
  realStudentsUnenrolled: number;
}

const demoUser = { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } };

export async function removeDemo(db: Db, now = new Date()): Promise<DemoRemoval> {
  return db.$transaction(async (tx) => {
    const demoUsers = await tx.user.findMany({ where: demoUser, select: { id: true, email: true } });
    const ids = demoUsers.map((user) => user.id);
    const demoClasses = { teacherId: { in: ids } };
    const removal: DemoRemoval = {
      accounts: ids.length,
      classes: await tx.class.count({ where: demoClasses }),
      decks: await tx.deck.count({ where: { ownerId: { in: ids } } }),
      quizzes: await tx.quiz.count({ where: { ownerId: { in: ids } } }),
      // The attempts and reviews that go: the demo students' own, and any made on demo content.
      attempts: await tx.attempt.count({ where: { OR: [{ studentId: { in: ids } }, { assignment: { class: demoClasses } }] } }),
      reviews: await tx.reviewLog.count({ where: { OR: [{ studentId: { in: ids } }, { card: { deck: { ownerId: { in: ids } } } }] } }),
      realStudentsUnenrolled: await tx.user.count({ where: { NOT: demoUser, enrollments: { some: { class: demoClasses } } } }),
    };
    await tx.user.deleteMany({ where: { id: { in: ids } } });
    await tx.rateLimitHit.deleteMany({ where: { key: { in: demoUsers.flatMap((user) => [user.email, user.id]) } } });
    await tx.instanceSetting.upsert({
      where: { key: DEMO_REMOVED_SETTING },
      create: { key: DEMO_REMOVED_SETTING, value: now.toISOString() },
      update: { value: now.toISOString() },
    });
    return removal;
  });
}

export async function demoWasRemoved(db: Pick<Db, 'instanceSetting'>): Promise<boolean> {
  return (await db.instanceSetting.count({ where: { key: DEMO_REMOVED_SETTING } })) > 0;
}

export function describeRemoval(removal: DemoRemoval): string[] {
  if (removal.accounts === 0) return ['No demo accounts (@parta.demo) in this database: nothing to remove.'];
  const lines = [
    `Removed the demo: ${removal.accounts} accounts, ${removal.classes} class(es), ${removal.decks} deck(s), ${removal.quizzes} quiz(zes), ` +
      `${removal.attempts} quiz attempt(s) and ${removal.reviews} review(s).`,
  ];
  if (removal.realStudentsUnenrolled > 0) {
    lines.push(
      `${removal.realStudentsUnenrolled} real student(s) had joined the demo class: they keep their accounts and other classes; ` +
        'their work on the demo deck and quiz was removed with it.',
    );
  }
  lines.push('An empty database will not be given the demo again.');
  return lines;
}
