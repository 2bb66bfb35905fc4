import { isIsoDate } from './decision.dates.js';
import { checkMeeting, type Attendance, type StepIssue, type Votes } from './decision.meeting.js';
import { DECISION_STEPS, MEETINGS, STEP_LABELS, type DecisionStepName } from './decision.steps.js';

export type { Attendance, StepIssue, Votes };

export interface RecordedStep {
  step: DecisionStepName;
  date: string;
}
export interface NewStep extends RecordedStep {
  attendance?: Attendance | null;
  votes?: Votes | null;
}

/**
 * Every reason the step cannot be recorded after `recorded` (the version in progress's steps, in order), or
 * an empty list. Steps come in the order of DECISION_STEPS; dates never go back and each step is held after
 * the one before it, except that the committees may deliberate on the day of the proposal; the disclosure of
 * results needs a confirmed settlement (`settled`).
 */
export function checkDecisionStep(recorded: readonly RecordedStep[], next: NewStep, opts: { settled: boolean }): StepIssue[] {
  const issues: StepIssue[] = [];
  const expected = DECISION_STEPS[recorded.length];
  if (recorded.some((r) => r.step === next.step)) {
    issues.push({ field: 'step', code: 'STEP_ALREADY_RECORDED', message: `“${STEP_LABELS[next.step]}”已记录，不能重复记录` });
  } else if (next.step !== expected) {
    const what = expected ? `下一步应为“${STEP_LABELS[expected]}”` : '各步骤均已记录';
    issues.push({ field: 'step', code: 'STEP_OUT_OF_ORDER', message: `步骤（step）须按四议两公开的顺序记录：${what}` });
  }
  if (next.step === 'RESULT_DISCLOSED' && !opts.settled) {
    issues.push({ field: 'step', code: 'NOT_SETTLED_YET', message: '“实施结果公开”须在本村首次结算确认之后记录' });
  }
  issues.push(...checkDate(recorded.at(-1), next));
  if (MEETINGS.includes(next.step)) issues.push(...checkMeeting(next.step, next.attendance, next.votes));
  return issues;
}

function checkDate(previous: RecordedStep | undefined, next: NewStep): StepIssue[] {
  if (!isIsoDate(next.date)) {
    return [{ field: 'date', code: 'BAD_DATE', message: `日期（date）应为存在的日期，格式YYYY-MM-DD，如2025-03-01，现为“${next.date}”` }];
  }
  if (!previous) return [];
  const sameDayAllowed = next.step === 'COMMITTEES_DELIBERATION' && previous.step === 'PARTY_BRANCH_PROPOSAL';
  if (next.date > previous.date || (sameDayAllowed && next.date === previous.date)) return [];
  const rule = sameDayAllowed ? '不能早于' : '应晚于';
  return [{ field: 'date', code: 'DATE_GOES_BACK', message: `日期（date）${rule}上一步“${STEP_LABELS[previous.step]}”的日期${previous.date}，现为${next.date}` }];
}
