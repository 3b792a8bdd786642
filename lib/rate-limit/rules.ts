// Rate limits as data, and the pure decision: given the recent hits, may one more happen now?

export interface RateLimitRule {
  bucket: string;
  /** How many hits the window allows. */
  limit: number;
  windowMs: number;
}

const MINUTE = 60_000;

/**
 * A count that never refuses, only slows: past `freeHits` in the window each further hit waits `firstDelayMs`,
 * doubling with each hit up to `maxDelayMs`.
 */
export interface SlowdownRule {
  bucket: string;
  freeHits: number;
  windowMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

/** Failed sign-ins per account from one address: 5 in 15 minutes, then that address waits. */
export const SIGN_IN_PER_ACCOUNT_AND_IP: RateLimitRule = { bucket: 'sign-in:email-ip', limit: 5, windowMs: 15 * MINUTE };
/**
 * Failed sign-ins per account from every address together. Refusing here would let anyone lock a teacher out
 * by typing wrong passwords for their address, so past 5 in 15 minutes each attempt, the owner's included, is
 * only answered more slowly (1 s, 2 s, 4 s, … up to 10 s).
 */
export const SIGN_IN_PER_ACCOUNT: SlowdownRule = { bucket: 'sign-in:email', freeHits: 5, windowMs: 15 * MINUTE, firstDelayMs: 1000, maxDelayMs: 10_000 };
/**
 * Failed sign-ins per address: a whole school shares one address behind its NAT, and a class of 35 makes
 * typos at the start of a lesson, so this is generous; it stops one machine trying passwords on many accounts.
 */
export const SIGN_IN_PER_IP: RateLimitRule = { bucket: 'sign-in:ip', limit: 100, windowMs: 15 * MINUTE };
/**
 * New accounts per address: a whole school signs up behind one NAT, several classes of 35 in the first lessons of a
 * term (60 was one lesson's worth, and refused the next class).
 */
export const SIGN_UP_PER_IP: RateLimitRule = { bucket: 'sign-up:ip', limit: 200, windowMs: 60 * MINUTE };
/** Wrong join codes per student: guessing 887 million codes 10 at a time goes nowhere. */
export const JOIN_GUESS_PER_USER: RateLimitRule = { bucket: 'join:user', limit: 10, windowMs: 15 * MINUTE };

/**
 * Articles turned into drafts per teacher: generating is the heaviest request Parta serves (a long PDF keeps a
 * core busy for seconds), and a teacher preparing a week of lessons needs far fewer than this.
 */
export const GENERATE_PER_TEACHER: RateLimitRule = { bucket: 'generate:user', limit: 30, windowMs: 60 * MINUTE };

/**
 * Password reset codes tried per account and per address (every try counts, a right one too, since each costs an
 * argon2 check): a student mistypes a few times; guessing a 12-character code this way takes longer than it lives.
 */
export const RESET_CODE_PER_ACCOUNT: RateLimitRule = { bucket: 'reset:email', limit: 5, windowMs: 15 * MINUTE };
export const RESET_CODE_PER_IP: RateLimitRule = { bucket: 'reset:ip', limit: 60, windowMs: 15 * MINUTE };
/** Reset codes a teacher issues: a class that forgot its passwords after the holidays, not a flood. */
export const RESET_ISSUE_PER_TEACHER: RateLimitRule = { bucket: 'reset-issue:user', limit: 40, windowMs: 60 * MINUTE };
/** "Forgot password" e-mails per address asked for and per sender's address: no mailbox flooding. */
export const RESET_MAIL_PER_ACCOUNT: RateLimitRule = { bucket: 'reset-mail:email', limit: 3, windowMs: 60 * MINUTE };
export const RESET_MAIL_PER_IP: RateLimitRule = { bucket: 'reset-mail:ip', limit: 20, windowMs: 60 * MINUTE };

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * `hits` are the times of the counted events in the window (any order). Blocked while `limit` of them are
 * younger than the window; free again when the oldest of the newest `limit` hits leaves it.
 */
export function decideRateLimit(rule: RateLimitRule, hits: readonly Date[], now: Date): RateLimitDecision {
  const since = now.getTime() - rule.windowMs;
  const recent = hits.map((hit) => hit.getTime()).filter((time) => time > since).sort((a, b) => b - a);
  if (recent.length < rule.limit) return { allowed: true };
  const oldestCounted = recent[rule.limit - 1]!;
  return { allowed: false, retryAfterMs: oldestCounted + rule.windowMs - now.getTime() };
}

/** How long one more hit waits when `recentHits` are already in the rule's window. */
export function slowdownDelayMs(rule: SlowdownRule, recentHits: number): number {
  if (recentHits < rule.freeHits) return 0;
  return Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** (recentHits - rule.freeHits));
}

export function retryAfterMinutes(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / MINUTE));
}
