// The zone a student's days are reckoned in (due today, new cards today, streaks, the optimizer's days): their own,
// else that of the first class they joined, else the default. A zone name the runtime does not know is skipped.
import type { Db } from '../db/client.ts';
import { DEFAULT_TIME_ZONE } from '../i18n/locales.ts';
import type { Tx } from './transaction.ts';

export async function studentTimeZone(db: Db | Tx, userId: string): Promise<string> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { timeZone: true, enrollments: { orderBy: { joinedAt: 'asc' }, take: 1, select: { class: { select: { timeZone: true } } } } },
  });
  const candidates = [user?.timeZone, user?.enrollments[0]?.class.timeZone];
  return candidates.map(canonicalTimeZone).find((zone) => zone !== null) ?? DEFAULT_TIME_ZONE;
}

/** The runtime's name for the zone, or null when it does not know it. */
export function canonicalTimeZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
