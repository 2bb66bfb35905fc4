/** The dates of 四议两公开: ISO calendar days that never go back, each step after the one before it but one. */
import { DECISION_STEP_LABELS, type DecisionStepName } from './steps.js';
import type { StepIssue } from './meeting.js';

/** Whether `text` is an ISO calendar date YYYY-MM-DD that exists. */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The committees may deliberate on the day of the proposal; every other step is held after the one before it. */
export function mayShareDay(step: DecisionStepName): boolean {
  return step === 'COMMITTEES_DELIBERATION';
}

/** The earliest date `step` may carry after a step dated `previous` (null: no step before it). */
export function earliestDate(step: DecisionStepName, previous: string | null): string | null {
  if (!previous || !isIsoDate(previous)) return null;
  if (mayShareDay(step)) return previous;
  const [y, m, d] = previous.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The date of `next` after `previous` (the step recorded last, if any). */
export function checkStepDate(
  previous: { step: DecisionStepName; date: string } | undefined,
  next: { step: DecisionStepName; date: string },
): StepIssue[] {
  if (!isIsoDate(next.date)) {
    return [{ field: 'date', code: 'BAD_DATE', message: `日期应为存在的日期，格式YYYY-MM-DD，如2025-03-01，现为“${next.date}”` }];
  }
  if (!previous || next.date >= earliestDate(next.step, previous.date)!) return [];
  const rule = mayShareDay(next.step) ? '不能早于' : '应晚于';
  return [
    {
      field: 'date',
      code: 'DATE_GOES_BACK',
      message: `日期${rule}上一步“${DECISION_STEP_LABELS[previous.step]}”的日期${previous.date}，现为${next.date}`,
    },
  ];
}
