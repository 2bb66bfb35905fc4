/**
 * 四议两公开 in the editor: the rules package's steps, order, dates and meeting checks (the server runs the very
 * same), with the form's shape: counts the cadre is still typing, problems shown under each field.
 */
import { checkMeeting, type DecisionStepName } from '@cunce/rules';

export {
  DECISION_STEPS,
  DECISION_STEP_LABELS as STEP_LABELS,
  STEPS_BEFORE_SUBMISSION,
  earliestDate,
  isMeeting,
  meetingRuleWords,
  type DecisionStepName,
} from '@cunce/rules';

export interface MeetingCounts {
  expected: number | null;
  present: number | null;
  for: number | null;
  against: number | null;
  abstain: number | null;
}

/** Where the form shows each issue of the rules' check (`votes`, the sum of the three, under the last). */
const FORM_FIELDS: Record<string, keyof MeetingCounts> = {
  'attendance.expected': 'expected',
  'attendance.present': 'present',
  'votes.for': 'for',
  'votes.against': 'against',
  'votes.abstain': 'abstain',
  votes: 'abstain',
};

/** What is wrong with a meeting's counts, in words, by field (the first issue of each); empty when it may be recorded. */
export function meetingProblems(step: DecisionStepName, c: MeetingCounts): Partial<Record<keyof MeetingCounts, string>> {
  const out: Partial<Record<keyof MeetingCounts, string>> = {};
  const issues = checkMeeting(step, {
    attendance: { expected: c.expected, present: c.present },
    votes: { for: c.for, against: c.against, abstain: c.abstain },
  });
  for (const issue of issues) {
    const field = FORM_FIELDS[issue.field];
    if (field && !out[field]) out[field] = issue.message;
  }
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
