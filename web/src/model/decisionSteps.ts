/**
 * 四议两公开 (API.md "Decision steps"): the steps in order, which are meetings with attendance and votes, and the
 * thresholds checked as the cadre types (the server checks them again).
 */
export const DECISION_STEPS = [
  'PARTY_BRANCH_PROPOSAL',
  'COMMITTEES_DELIBERATION',
  'PARTY_MEMBERS_REVIEW',
  'VILLAGERS_RESOLUTION',
  'RESOLUTION_DISCLOSED',
  'RESULT_DISCLOSED',
] as const;
export type DecisionStepName = (typeof DECISION_STEPS)[number];

export const STEP_LABELS: Record<DecisionStepName, string> = {
  PARTY_BRANCH_PROPOSAL: '村党组织提议',
  COMMITTEES_DELIBERATION: '村“两委”会议商议',
  PARTY_MEMBERS_REVIEW: '党员大会审议',
  VILLAGERS_RESOLUTION: '村民会议或村民代表会议决议',
  RESOLUTION_DISCLOSED: '决议公开',
  RESULT_DISCLOSED: '实施结果公开',
};

export const MEETINGS: ReadonlySet<DecisionStepName> = new Set(['PARTY_MEMBERS_REVIEW', 'VILLAGERS_RESOLUTION']);
/** Submission needs the first five; the sixth comes after the first settlement. */
export const STEPS_BEFORE_SUBMISSION = DECISION_STEPS.slice(0, 5);

export interface MeetingCounts {
  expected: number | null;
  present: number | null;
  for: number | null;
  against: number | null;
  abstain: number | null;
}

/** What is wrong with a meeting's counts, in words, by field; empty when it may be recorded. */
export function meetingProblems(step: DecisionStepName, c: MeetingCounts): Partial<Record<keyof MeetingCounts, string>> {
  const out: Partial<Record<keyof MeetingCounts, string>> = {};
  const whole = (n: number | null) => n !== null && Number.isInteger(n) && n >= 0;
  for (const k of ['expected', 'present', 'for', 'against', 'abstain'] as const) if (!whole(c[k])) out[k] = '请填写不小于0的整数';
  if (Object.keys(out).length) return out;
  const { expected, present } = c as Record<keyof MeetingCounts, number>;
  if (expected === 0) out.expected = '应到人数不能为0';
  else if (present > expected) out.present = `实到${present}人多于应到${expected}人，请核对`;
  else if (step === 'PARTY_MEMBERS_REVIEW' && present * 3 < expected * 2) out.present = `实到不足应到的三分之二（至少 ${Math.ceil((expected * 2) / 3)} 人），会议无效`;
  const cast = c.for! + c.against! + c.abstain!;
  if (cast > present) out.abstain = `票数合计${cast}多于实到${present}人`;
  else if (c.for! * 2 <= present) out.for = `赞成须超过实到人数的半数（至少 ${Math.floor(present / 2) + 1} 票）`;
  return out;
}

/** What the cadre records for a step (API.md `recordDecisionStep`). */
export interface StepRecord {
  date: string;
  note: string | null;
  attendance: { expected: number; present: number } | null;
  votes: { for: number; against: number; abstain: number } | null;
  /** 实施结果公开 only: the confirmed settlement whose result list is disclosed. */
  settlementId?: string | null;
}

/** The earliest date a step may carry: the day after the previous step, or the same day for the committees' deliberation. */
export function earliestDate(step: DecisionStepName, previous: string | null): string | null {
  if (!previous) return null;
  if (step === 'COMMITTEES_DELIBERATION') return previous;
  const d = new Date(`${previous}T00:00:00`);
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
