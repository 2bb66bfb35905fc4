import type { DecisionStepName } from './decision.steps.js';

export interface Attendance {
  expected: number;
  present: number;
}
export interface Votes {
  for: number;
  against: number;
  abstain: number;
}
export interface StepIssue {
  field: string;
  code: string;
  message: string;
}

const COUNT_LABELS: Record<string, string> = {
  'attendance.expected': '应到人数',
  'attendance.present': '实到人数',
  'votes.for': '赞成票',
  'votes.against': '反对票',
  'votes.abstain': '弃权票',
};

/**
 * The checks of a voting meeting: attendance and votes given, whole counts, no more present than expected
 * and no more votes than present; the party members' review needs at least two thirds present, both meetings
 * more than half of those present in favour.
 */
export function checkMeeting(step: DecisionStepName, attendance?: Attendance | null, votes?: Votes | null): StepIssue[] {
  const issues: StepIssue[] = [];
  if (!attendance) issues.push(missing('attendance', '出席情况（attendance：应到、实到人数）'));
  if (!votes) issues.push(missing('votes', '表决结果（votes：赞成、反对、弃权票数）'));
  if (!attendance || !votes) return issues;
  const counts: Record<string, number> = {
    'attendance.expected': attendance.expected,
    'attendance.present': attendance.present,
    'votes.for': votes.for,
    'votes.against': votes.against,
    'votes.abstain': votes.abstain,
  };
  for (const [field, n] of Object.entries(counts)) {
    if (!Number.isInteger(n) || n < 0) issues.push({ field, code: 'BAD_COUNT', message: `${COUNT_LABELS[field]}（${field}）应为不小于0的整数，现为${n}` });
  }
  if (attendance.expected === 0) issues.push({ field: 'attendance.expected', code: 'BAD_COUNT', message: '应到人数（attendance.expected）不能为0' });
  if (issues.length) return issues;
  const { expected, present } = attendance;
  if (present > expected) {
    issues.push({ field: 'attendance.present', code: 'PRESENT_ABOVE_EXPECTED', message: `实到人数（attendance.present）${present}人多于应到人数${expected}人，请核对` });
  }
  const cast = votes.for + votes.against + votes.abstain;
  if (cast > present) {
    issues.push({ field: 'votes', code: 'VOTES_ABOVE_PRESENT', message: `赞成、反对、弃权票合计${cast}票，多于实到人数${present}人，请核对` });
  }
  if (step === 'PARTY_MEMBERS_REVIEW' && present * 3 < expected * 2) {
    issues.push({ field: 'attendance.present', code: 'QUORUM_NOT_MET', message: `党员大会实到人数（attendance.present）${present}人不足应到${expected}人的三分之二，会议无效，请重新召开` });
  }
  if (votes.for * 2 <= present) {
    issues.push({ field: 'votes.for', code: 'MAJORITY_NOT_MET', message: `赞成票（votes.for）${votes.for}票未超过实到人数${present}人的半数，未获通过` });
  }
  return issues;
}

function missing(field: string, what: string): StepIssue {
  return { field, code: 'MISSING_' + field.toUpperCase(), message: `会议须填写${what}` };
}
