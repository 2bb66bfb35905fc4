/** @cunce/rules: the rule set format, its validation and evaluation, and the domain's meaning (四议两公开, statuses). Pure TypeScript, no I/O. */
export * from './types.js';
export * from './money.js';
export * from './policy.js';
export * from './policyData.js';
export * from './facts.js';
export { hardshipText, readHardshipText, type HardshipText } from './members/hardshipText.js';
export { parseIdNumber, maskIdNumber, makeIdNumber } from './idNumber.js';
export { ageOnDay, asOfDay } from './age.js';
export { fictitiousIdNumber, isFictitiousIdNumber } from './members/fictitious.js';
export { checkMembers, type MemberCheckOptions, type MemberCheckResult } from './members.js';
export { validateRuleSet, validateForEditor } from './validate.js';
export { evaluateMember, evaluateRoster, type RosterResult } from './evaluate/roster.js';
export type { EvaluateOptions } from './evaluate/context.js';
export { simulate, toSimulation, outcomeToYuan, totalsToYuan, type SimulateOptions, type SimulateResult } from './simulate.js';
export { runTestCases, type TestCaseResult } from './harness.js';
export { diffWords, expectWords, outcomeLabels, type SectionLabels } from './harness/expectWords.js';
export { divisions, type DivisionsData } from './divisionsData.js';
export * from './projection.js';
export * from './donations/types.js';
export { allocateDonations } from './donations/allocate.js';
export { evaluateWithDonations, type DonationsInput } from './donations/evaluate.js';
export { checkPoolCondition } from './donations/condition.js';
export { describeRuleSet, type DescribeOptions, type RuleSetDescription } from './describe/describeRuleSet.js';
export type { SectionDescription } from './describe/sectionWords.js';
export type { Clause, Who, Pays, SectionClauses, NoticeCaps } from './describe/clauses.js';
export { conditionWords, leafWords } from './describe/conditionWords.js';
export { amountWords } from './describe/amountWords.js';
export { valueWords } from './describe/valueWords.js';
export { yuanText } from './describe/money.js';
export { HIT_POLICY_LABELS, AGE_AS_OF_LABELS, FUND_SOURCE_LABELS } from './describe/labels.js';
export {
  DECISION_STEPS,
  DECISION_STEP_LABELS,
  STEPS_BEFORE_SUBMISSION,
  MEETING_STEPS,
  isMeeting,
  missingBeforeSubmission,
  type DecisionStepName,
} from './decision/steps.js';
export {
  checkMeeting,
  meetingRuleWords,
  quorumOf,
  majorityOf,
  type Attendance,
  type Votes,
  type StepIssue,
  type MeetingCounts,
} from './decision/meeting.js';
export { isIsoDate, earliestDate, checkStepDate } from './decision/dates.js';
export { checkDecisionStep, type RecordedStep, type NewStep } from './decision/record.js';
export * from './lifecycle/statuses.js';
export { paysFor, payingScheme, type PayingCandidate, type CoveredYears } from './lifecycle/pays.js';
export type * from './reform/types.js';
export { nearestTier, carryMembers } from './reform/carry.js';
export { withDraft, carriedRuleSet } from './reform/source.js';
export { draftIssues } from './reform/standard.js';
export { reformVillage, type ReformYears } from './reform/village.js';
export { emptyFigures, figuresOf, addFigures, countChanges, addChanges } from './reform/figures.js';
export { changeBuckets, type ChangeBucket } from './reform/buckets.js';
