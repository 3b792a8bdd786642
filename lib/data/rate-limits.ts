// Rate-limit hits in the database, so every app instance on one PostgreSQL shares the counts. Checking and
// recording happen in one transaction under a lock per key: requests sent at the same moment queue up instead
// of all seeing the count from before any of them.
import type { Db } from '../db/client.ts';
import { decideRateLimit, slowdownDelayMs, type RateLimitDecision, type RateLimitRule, type SlowdownRule } from '../rate-limit/rules.ts';

export interface LimitedKey {
  rule: RateLimitRule;
  key: string;
}

export interface SlowedKey {
  rule: SlowdownRule;
  key: string;
}

/** `delayMs`: how long the attempt should wait first, from the `slowed` counts (0 without any). */
export type Reservation = { allowed: true; hitIds: string[]; delayMs: number } | { allowed: false; retryAfterMs: number };

type Tx = Pick<Db, 'rateLimitHit' | '$executeRaw'>;

async function decide(tx: Tx, { rule, key }: LimitedKey, now: Date): Promise<RateLimitDecision> {
  const hits = await tx.rateLimitHit.findMany({
    where: { bucket: rule.bucket, key, createdAt: { gt: new Date(now.getTime() - rule.windowMs) } },
    select: { createdAt: true },
    orderBy: { createdAt: 'desc' },
    take: rule.limit,
  });
  return decideRateLimit(rule, hits.map((hit) => hit.createdAt), now);
}

/**
 * If every limit allows one more hit now, records one hit per key and returns their ids (so an attempt that
 * turns out not to count, such as a right password, can take its hits back); otherwise records nothing and
 * says how long to wait. `slowed` keys never refuse: they record a hit too and set the reservation's delay.
 */
export async function reserveRateLimitHits(db: Db, keys: readonly LimitedKey[], now: Date, slowed: readonly SlowedKey[] = []): Promise<Reservation> {
  const lockNames = [...new Set([...keys, ...slowed].map(({ rule, key }) => `${rule.bucket}\n${key}`))].sort();
  return db.$transaction(async (tx) => {
    // Locks taken in one order everywhere, so two reservations never wait for each other in a circle.
    for (const name of lockNames) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0))`;
    let retryAfterMs = 0;
    for (const limited of keys) {
      const decision = await decide(tx, limited, now);
      if (!decision.allowed) retryAfterMs = Math.max(retryAfterMs, decision.retryAfterMs);
    }
    if (retryAfterMs > 0) return { allowed: false as const, retryAfterMs };
    let delayMs = 0;
    for (const { rule, key } of slowed) {
      const recent = await tx.rateLimitHit.count({ where: { bucket: rule.bucket, key, createdAt: { gt: new Date(now.getTime() - rule.windowMs) } } });
      delayMs = Math.max(delayMs, slowdownDelayMs(rule, recent));
    }
    const hitIds: string[] = [];
    for (const { rule, key } of [...keys, ...slowed]) {
      const hit = await tx.rateLimitHit.create({ data: { bucket: rule.bucket, key, createdAt: now }, select: { id: true } });
      hitIds.push(hit.id);
    }
    return { allowed: true as const, hitIds, delayMs };
  });
}

export async function releaseRateLimitHits(db: Pick<Db, 'rateLimitHit'>, hitIds: readonly string[]): Promise<void> {
  if (hitIds.length > 0) await db.rateLimitHit.deleteMany({ where: { id: { in: [...hitIds] } } });
}

export async function clearRateLimit(db: Pick<Db, 'rateLimitHit'>, rule: RateLimitRule, key: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { bucket: rule.bucket, key } });
}
