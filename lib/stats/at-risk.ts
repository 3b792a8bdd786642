// Who in a class is falling behind, and why: the rules behind the teacher's at-risk list. Pure; the figures come
// from SQL aggregates. Each reason carries its numbers so the screen can say it ("23 cards overdue").

export interface StudentActivity {
  /** Cards due before now and not reviewed. */
  overdueCards: number;
  /** The last review or quiz answer; null if none yet. */
  lastActiveAt: Date | null;
  joinedAt: Date;
  /** Quiz grades that count, as shares 0..1, oldest first. */
  grades: readonly { at: Date; share: number }[];
}

export type RiskReason =
  | { kind: 'overdue'; cards: number }
  | { kind: 'inactive'; days: number; never: boolean }
  | { kind: 'fallingGrades'; before: number; recent: number };

export interface RiskRules {
  overdueCards: number;
  inactiveDays: number;
  /** How far (as a share) the recent grades must fall below the earlier ones. */
  gradeDrop: number;
  /** The last this many grades are "recent"; at least one earlier grade is needed too. */
  recentGrades: number;
}

export const DEFAULT_RISK_RULES: RiskRules = { overdueCards: 20, inactiveDays: 7, gradeDrop: 0.15, recentGrades: 2 };

const DAY_MS = 86_400_000;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The reasons this student is at risk now, most pressing first; empty when they are not. */
export function riskReasons(student: StudentActivity, now: Date, rules: RiskRules = DEFAULT_RISK_RULES): RiskReason[] {
  const reasons: RiskReason[] = [];
  const since = student.lastActiveAt ?? student.joinedAt;
  const days = Math.floor((now.getTime() - since.getTime()) / DAY_MS);
  if (days >= rules.inactiveDays) reasons.push({ kind: 'inactive', days, never: student.lastActiveAt === null });
  if (student.overdueCards >= rules.overdueCards) reasons.push({ kind: 'overdue', cards: student.overdueCards });
  if (student.grades.length > rules.recentGrades) {
    const before = mean(student.grades.slice(0, -rules.recentGrades).map((grade) => grade.share));
    const recent = mean(student.grades.slice(-rules.recentGrades).map((grade) => grade.share));
    if (before - recent >= rules.gradeDrop - 1e-9) reasons.push({ kind: 'fallingGrades', before, recent });
  }
  return reasons;
}
