/**
 * The checks of the two voting meetings of 四议两公开: the party members' review needs at least two thirds of its
 * members present (quorum), both meetings more than half of those present in favour; counts are whole numbers,
 * no more present than expected and no more votes than present.
 */
import type { DecisionStepName } from './steps.js';

export interface Attendance {
  expected: number;
  present: number;
}
export interface Votes {
  for: number;
  against: number;
  abstain: number;
}
/** Why a step cannot be recorded: the field (API.md's argument path), a stable code, a Chinese message. */
export interface StepIssue {
  field: string;
  code: string;
  message: string;
}

/** Counts as a form holds them: any of them may be empty (null) while the cadre types. */
export type MeetingCounts = { attendance?: Partial<Nullable<Attendance>> | null; votes?: Partial<Nullable<Votes>> | null };
type Nullable<T> = { [K in keyof T]: T[K] | null };

const COUNT_LABELS: Record<string, string> = {
  'attendance.expected': '应到人数',
  'attendance.present': '实到人数',
  'votes.for': '赞成票',
  'votes.against': '反对票',
  'votes.abstain': '弃权票',
};

/** The fewest present for the party members' review to be valid: two thirds of those expected, rounded up. */
export const quorumOf = (expected: number): number => Math.ceil((expected * 2) / 3);
/** The fewest votes in favour that carry a meeting: more than half of those present. */
export const majorityOf = (present: number): number => Math.floor(present / 2) + 1;

/** The rule of a meeting in a sentence, for the form that records it. */
export function meetingRuleWords(step: DecisionStepName): string {
  return step === 'PARTY_MEMBERS_REVIEW' ? '党员大会须三分之二以上党员到会，赞成票超过到会人数的半数。' : '赞成票须超过到会人数的半数。';
}

export function checkMeeting(step: DecisionStepName, counts: MeetingCounts): StepIssue[] {
  const issues: StepIssue[] = [];
  if (!counts.attendance) issues.push({ field: 'attendance', code: 'MISSING_ATTENDANCE', message: '会议须填写出席情况：应到、实到人数' });
  if (!counts.votes) issues.push({ field: 'votes', code: 'MISSING_VOTES', message: '会议须填写表决结果：赞成、反对、弃权票数' });
  if (!counts.attendance || !counts.votes) return issues;
  const { expected, present } = counts.attendance;
  const values: Record<string, unknown> = {
    'attendance.expected': expected,
    'attendance.present': present,
    'votes.for': counts.votes.for,
    'votes.against': counts.votes.against,
    'votes.abstain': counts.votes.abstain,
  };
  for (const [field, n] of Object.entries(values)) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
      issues.push({ field, code: 'BAD_COUNT', message: `${COUNT_LABELS[field]}应为不小于0的整数，现为${n ?? '空'}` });
  }
  if (expected === 0) issues.push({ field: 'attendance.expected', code: 'BAD_COUNT', message: '应到人数不能为0' });
  return issues.length ? issues : thresholds(step, counts.attendance as Attendance, counts.votes as Votes);
}

function thresholds(step: DecisionStepName, { expected, present }: Attendance, votes: Votes): StepIssue[] {
  const issues: StepIssue[] = [];
  if (present > expected)
    issues.push({ field: 'attendance.present', code: 'PRESENT_ABOVE_EXPECTED', message: `实到${present}人多于应到${expected}人，请核对` });
  const cast = votes.for + votes.against + votes.abstain;
  if (cast > present)
    issues.push({ field: 'votes', code: 'VOTES_ABOVE_PRESENT', message: `赞成、反对、弃权票合计${cast}票，多于实到${present}人，请核对` });
  if (step === 'PARTY_MEMBERS_REVIEW' && present < quorumOf(expected)) {
    issues.push({
      field: 'attendance.present',
      code: 'QUORUM_NOT_MET',
      message: `党员大会实到${present}人，不足应到${expected}人的三分之二（至少 ${quorumOf(expected)} 人），会议无效，请重新召开`,
    });
  }
  if (votes.for < majorityOf(present)) {
    issues.push({
      field: 'votes.for',
      code: 'MAJORITY_NOT_MET',
      message: `赞成${votes.for}票，未超过实到${present}人的半数（至少 ${majorityOf(present)} 票），未获通过`,
    });
  }
  return issues;
}
