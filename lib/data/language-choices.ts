// The stored half of choosing the interface language: the language a user picked (User.locale), which follows them
// from device to device, and, for a student who never picked one, the default language of their class
// (Class.defaultLocale). The order of all the sources is lib/i18n/locales.ts's negotiateLocale.
import type { Db } from '../db/client.ts';
import { sqlFor } from '../db/sql.ts';
import type { Actor } from '../access/actor.ts';
import type { Locale } from '../i18n/locales.ts';

export interface StoredLanguageChoices {
  userLocale: string | null;
  classLocale: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What the user behind a live session chose, and the default language of the most recently joined class that has
 * one (a current class: an archived one has ended). Null when the session is unknown, revoked or expired. Asked for
 * pages of signed-in users whose device has no choice of its own, so one plain statement (lib/db/sql.ts).
 */
export async function storedLanguageChoices(db: Db, sessionId: string, userId: string, now: Date): Promise<StoredLanguageChoices | null> {
  if (!UUID.test(sessionId) || !UUID.test(userId)) return null;
  const rows = await sqlFor(db).query<StoredLanguageChoices>(
    `SELECT u."locale" AS "userLocale",
       (SELECT c."defaultLocale" FROM "Enrollment" e JOIN "Class" c ON c."id" = e."classId"
        WHERE e."studentId" = u."id" AND c."defaultLocale" IS NOT NULL AND c."archivedAt" IS NULL
        ORDER BY e."joinedAt" DESC, c."id" LIMIT 1) AS "classLocale"
     FROM "Session" s JOIN "User" u ON u."id" = s."userId"
     WHERE s."id" = $1::text::uuid AND s."userId" = $2::text::uuid AND s."revokedAt" IS NULL AND s."expiresAt" > $3::text::timestamptz`,
    [sessionId, userId, now.toISOString()],
    'stored-language-choices',
  );
  return rows[0] ?? null;
}

/** The signed-in user picked a language: it is theirs on every device from now on. */
export async function storeUserLocale(db: Db, actor: Actor, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: actor.id }, data: { locale } });
}

/**
 * On signing in or up, the language picked on this device before becomes the account's, unless the account has a
 * choice already: a shared phone keeps the last person's pick, which must not overwrite the next person's own.
 */
export async function adoptDeviceLocale(db: Db, userId: string, locale: Locale): Promise<void> {
  await db.user.updateMany({ where: { id: userId, locale: null }, data: { locale } });
}
