/** Whether a step of 四议两公开 may be recorded next: its place in the order, its date, a meeting's counts. */
import { checkStepDate } from './dates.js';
import { checkMeeting, type Attendance, type StepIssue, type Votes } from './meeting.js';
import { DECISION_STEPS, DECISION_STEP_LABELS, isMeeting, type DecisionStepName } from './steps.js';

export interface RecordedStep {
  step: DecisionStepName;
  date: string;
}
export interface NewStep extends RecordedStep {
  attendance?: Attendance | null;
  votes?: Votes | null;
}

/**
 * Every reason the step cannot be recorded after `recorded` (the version in progress's steps, in order), or an
 * empty list. Steps come in the order of DECISION_STEPS; dates never go back (dates.ts); the disclosure of results
 * needs a confirmed settlement (`settled`); the two meetings need attendance and votes that carry (meeting.ts).
 */
export function checkDecisionStep(recorded: readonly RecordedStep[], next: NewStep, opts: { settled: boolean }): StepIssue[] {
  const issues: StepIssue[] = [];
  const expected = DECISION_STEPS[recorded.length];
  if (recorded.some((r) => r.step === next.step)) {
    issues.push({ field: 'step', code: 'STEP_ALREADY_RECORDED', message: `“${DECISION_STEP_LABELS[next.step]}”已记录，不能重复记录` });
  } else if (next.step !== expected) {
    const what = expected ? `下一步应为“${DECISION_STEP_LABELS[expected]}”` : '各步骤均已记录';
    issues.push({ field: 'step', code: 'STEP_OUT_OF_ORDER', message: `步骤须按四议两公开的顺序记录：${what}` });
  }
  if (next.step === 'RESULT_DISCLOSED' && !opts.settled) {
    issues.push({ field: 'step', code: 'NOT_SETTLED_YET', message: '“实施结果公开”须在本村首次结算确认之后记录' });
  }
  issues.push(...checkStepDate(recorded.at(-1), next));
  if (isMeeting(next.step)) issues.push(...checkMeeting(next.step, next));
  return issues;
}
