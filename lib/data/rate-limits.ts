// Rate-limit hits in the database, so every app instance on one PostgreSQL shares the counts.
import type { Db } from '../db/client.ts';
import { decideRateLimit, type RateLimitDecision, type RateLimitRule } from '../rate-limit/rules.ts';

type Tx = Pick<Db, 'rateLimitHit'>;

export async function checkRateLimit(db: Tx, rule: RateLimitRule, key: string, now: Date): Promise<RateLimitDecision> {
  const hits = await db.rateLimitHit.findMany({
    where: { bucket: rule.bucket, key, createdAt: { gt: new Date(now.getTime() - rule.windowMs) } },
    select: { createdAt: true },
    orderBy: { createdAt: 'desc' },
    take: rule.limit,
  });
  return decideRateLimit(rule, hits.map((hit) => hit.createdAt), now);
}

export async function recordRateLimitHit(db: Tx, rule: RateLimitRule, key: string, now: Date): Promise<void> {
  await db.rateLimitHit.create({ data: { bucket: rule.bucket, key, createdAt: now } });
}

export async function clearRateLimit(db: Tx, rule: RateLimitRule, key: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { bucket: rule.bucket, key } });
}
