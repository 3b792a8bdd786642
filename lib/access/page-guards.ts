// How pages apply access: nobody signed in → the sign-in page (and back afterwards); refused or missing →
// the same 404, so a URL never tells whether another class exists.
import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getActor } from '../auth/current-actor.ts';
import { idField } from '../validation/fields.ts';
import { NotFoundOrForbidden, type Actor } from './actor.ts';
import { isTeacher } from './rules.ts';

/** `newcomers: 'sign-up'` for pages that new people reach first (a join link): they sign up, with a link to sign in. */
export async function actorForPage(path: string, options: { newcomers?: 'sign-in' | 'sign-up' } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/${options.newcomers ?? 'sign-in'}?callbackUrl=${encodeURIComponent(path)}`);
  return actor;
}

/**
 * A page's ids from its URL. Anything but a UUID would only reach the database to fail there (a 500): it is a
 * page that does not exist.
 */
export function idsOrNotFound<T extends Record<string, string>>(params: T): T {
  if (!Object.values(params).every((value) => idField.safeParse(value).success)) notFound();
  return params;
}

/** Pages only teachers have: anyone else gets the same 404 as for a page that does not exist. */
export async function teacherForPage(path: string): Promise<Actor> {
  const actor = await actorForPage(path);
  if (!isTeacher(actor)) notFound();
  return actor;
}

export async function orNotFound<T>(loading: Promise<T>): Promise<T> {
  try {
    return await loading;
  } catch (error) {
    if (error instanceof NotFoundOrForbidden) notFound();
    throw error;
  }
}
