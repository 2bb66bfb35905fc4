/** @cunce/rules: the rule set format, its validation and evaluation. Pure TypeScript, no I/O. */
export * from './types.js';
export * from './money.js';
export * from './policy.js';
export * from './policyData.js';
export * from './facts.js';
export { parseIdNumber, maskIdNumber, makeIdNumber } from './idNumber.js';
export { ageOnDay, asOfDay } from './age.js';
export { checkMembers, type MemberCheckOptions, type MemberCheckResult } from './members.js';
export { validateRuleSet } from './validate.js';
export { evaluateMember, evaluateRoster, type EvaluateOptions, type RosterResult, type OutcomeFen } from './evaluate.js';
export { simulate, toSimulation, outcomeToYuan, totalsToYuan, type SimulateOptions, type SimulateResult } from './simulate.js';
export { runTestCases, type TestCaseResult } from './harness.js';
export { divisions, type DivisionsData } from './divisionsData.js';
export * from './projection.js';
