// The demo accounts are the ones at this domain: npm run db:remove-demo finds them by it, and sign-up refuses it,
// so a real account can never be taken for a demo one (".demo" is no real top-level domain, so no mail reaches it).
export const DEMO_EMAIL_DOMAIN = 'parta.demo';

// The demo's logins (the password is public: it is in the README). They live here, not in prisma/seed.ts, so the
// pages that offer the demo do not pull the seed and the generator into their bundle.
export const DEMO_PASSWORD = 'parta-demo';
export const DEMO_TEACHER = { email: `teacher@${DEMO_EMAIL_DOMAIN}`, name: 'Aigerim Nurlanovna' } as const;
export const DEMO_STUDENTS = [
  { email: `student1@${DEMO_EMAIL_DOMAIN}`, name: 'Daniyar Seitkali' },
  { email: `student2@${DEMO_EMAIL_DOMAIN}`, name: 'Madina Zhaksylykova' },
  { email: `student3@${DEMO_EMAIL_DOMAIN}`, name: 'Arman Bekov' },
] as const;

/** For an e-mail already trimmed and lower-cased (emailField does both). */
export function isDemoEmail(email: string): boolean {
  return email.endsWith(`@${DEMO_EMAIL_DOMAIN}`);
}

/** PARTA_DEMO: whether an empty database gets the demo course and accounts on start. */
export type DemoSetting = 'on' | 'off';

/** Unset means on: a newcomer's first `npm start` shows real content. Anything unreadable is an error, not a guess. */
export function parseDemoSetting(value: string | undefined): DemoSetting | { error: string } {
  const normalized = (value ?? '').trim().toLowerCase();
  if (['', 'on', 'true', '1', 'yes'].includes(normalized)) return 'on';
  if (['off', 'false', '0', 'no'].includes(normalized)) return 'off';
  return { error: `PARTA_DEMO must be on or off, not "${value}". Set PARTA_DEMO=off in .env to start without the demo accounts.` };
}
