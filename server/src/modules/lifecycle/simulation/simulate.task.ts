/**
 * The evaluation `simulate` hands to a worker thread (simulate.pool.ts): the rules package's simulate on the
 * request's rule set and members, with the policy years as data (a PolicySource is a function and cannot cross
 * threads). Its answer is what the resolver needs: the simulation in yuan, or the rows or validation refused.
 * `answerOf` is the same evaluation on the calling thread; `runValidation` checks a big rule set alone.
 */
import {
  policySource,
  simulate,
  validateRuleSet,
  type PolicySource,
  type PolicyYear,
  type RowIssue,
  type RuleSet,
  type Simulation,
  type Validation,
} from '@cunce/rules';

export interface SimulateTask {
  ruleSet: unknown;
  /** As type-graphql gives them (MemberInput instances; plain objects once copied to a thread). */
  members: object[];
  /** Every configured policy year. */
  years: PolicyYear[];
  trace: boolean;
}

export type SimulateAnswer = { ok: true; simulation: Simulation } | { ok: false; rows: RowIssue[]; validation?: Validation };

export default function runSimulation(task: SimulateTask): Promise<SimulateAnswer> {
  return answerOf(task, policySource(task.years));
}

/** `validateRuleSet` of a big rule set. */
export function runValidation(task: { ruleSet: unknown; years: PolicyYear[] }): Validation {
  return validateRuleSet(task.ruleSet, policySource(task.years));
}

/** The same on the main thread, for a small roster. */
export async function answerOf(task: Omit<SimulateTask, 'years'>, policies: PolicySource): Promise<SimulateAnswer> {
  const result = await simulate(task.ruleSet as RuleSet, task.members.map(plain), policies, { trace: task.trace, mode: 'simulate' });
  if (!result.ok) return { ok: false, rows: result.rows, validation: result.validation };
  return { ok: true, simulation: result.simulation };
}

/** A member as a plain object without undefined fields (the rules package reads a field set to undefined as given). */
function plain(member: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(member)) if (value !== undefined) out[key] = value;
  return out;
}
