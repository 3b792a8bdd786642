// The frame of every server action: who is asking (signed in?), is the input valid (zod), then the work,
// whose access checks throw NotFoundOrForbidden; that becomes a "not found" answer, never a 500.
import 'server-only';
import type { z } from 'zod';
import { getActor } from '../auth/current-actor.ts';
import { getDb, type Db } from '../db/client.ts';
import { failure, parseInput, type ActionResult } from '../validation/result.ts';
import { NotFoundOrForbidden, type Actor } from './actor.ts';

export async function guardedAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (context: { actor: Actor; db: Db; input: z.output<S> }) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const actor = await getActor();
  if (!actor) return failure({}, 'signedOut');
  const parsed = parseInput(schema, input);
  if (!parsed.ok) return parsed.result;
  try {
    return await run({ actor, db: await getDb(), input: parsed.data });
  } catch (error) {
    if (error instanceof NotFoundOrForbidden) return failure({}, 'notFound');
    throw error;
  }
}
