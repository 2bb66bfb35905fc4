/**
 * 四议两公开 (API.md "Decision steps"): the steps in the order they are recorded, their names as 93号 writes them,
 * and which of them are meetings that vote. The server and the editor both take them from here.
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

export const DECISION_STEP_LABELS: Readonly<Record<DecisionStepName, string>> = {
  PARTY_BRANCH_PROPOSAL: '村党组织提议',
  COMMITTEES_DELIBERATION: '村“两委”会议商议',
  PARTY_MEMBERS_REVIEW: '党员大会审议',
  VILLAGERS_RESOLUTION: '村民会议或者村民代表会议决议',
  RESOLUTION_DISCLOSED: '决议公开',
  RESULT_DISCLOSED: '实施结果公开',
};

/** The steps a submission for filing needs: all but the disclosure of results, which follows the first settlement. */
export const STEPS_BEFORE_SUBMISSION: readonly DecisionStepName[] = DECISION_STEPS.slice(0, 5);

/** The two meetings that vote, and so need attendance and votes. */
export const MEETING_STEPS: readonly DecisionStepName[] = ['PARTY_MEMBERS_REVIEW', 'VILLAGERS_RESOLUTION'];

export function isMeeting(step: DecisionStepName): boolean {
  return MEETING_STEPS.includes(step);
}

/** The steps of the first five not yet recorded, in order. */
export function missingBeforeSubmission(recorded: readonly { step: DecisionStepName }[]): DecisionStepName[] {
  const done = new Set(recorded.map((r) => r.step));
  return STEPS_BEFORE_SUBMISSION.filter((s) => !done.has(s));
}
