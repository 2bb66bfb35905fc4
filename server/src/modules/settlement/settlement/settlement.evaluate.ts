/** Checking and evaluating the members to settle (RULESET.md: bad rows, then gates, sections, caps, budget). */
import { simulate, type MemberInput, type PolicySource, type RowIssue, type SimulateResult, type Validation } from '@cunce/rules';
import { BadRows, BadUserInput, InvalidRuleSet } from '../../../errors.js';
import type { Paying } from '../../lifecycle/scheme/scheme.paying.js';
import type { Village } from '../../reference/division/village.entity.js';

export type Evaluated = SimulateResult & { ok: true };

/** What an evaluation of a settlement needs, as plain data (it may cross to a worker thread). */
export interface SettleEvaluation {
  ruleSet: unknown;
  members: MemberInput[];
  year: number;
  schemeActive: boolean;
}

/**
 * The roster's members not yet in a confirmed settlement (`settled`: their ID numbers, null for a first
 * settlement), with the paying version's rule set; refused when nobody is left to settle.
 */
export function settleEvaluation(
  roster: MemberInput[],
  settled: ReadonlySet<string> | null,
  paying: Paying | null,
  { village, year }: { village: Village; year: number },
): SettleEvaluation {
  const members = settled ? roster.filter((m) => !settled.has(m.idNumber)) : roster;
  if (members.length === 0) {
    throw new BadUserInput(settled ? '没有尚未结算的成员，无需补充结算' : `${village.name}${year}年度花名册为空，请先导入花名册`);
  }
  return { ruleSet: paying?.version.ruleSet ?? null, members, year, schemeActive: paying !== null };
}

/** The evaluation itself: the rules package's simulate in import mode (on this thread or in a worker). */
export function runSettleEvaluation(task: SettleEvaluation, policies: PolicySource): Promise<SimulateResult> {
  return simulate(task.ruleSet as never, task.members, policies, { year: task.year, mode: 'import', schemeActive: task.schemeActive });
}

/**
 * The evaluation, or the refusal: the roster as a whole on any bad row, the paying version when it does not
 * validate against the year's policy.
 */
export function acceptEvaluation(evaluated: SimulateResult, paying: Paying | null, year: number): Evaluated {
  if (evaluated.ok) return evaluated;
  throw evaluationRefusal(evaluated, paying, year);
}

/** The refusal of an evaluation that did not pass (acceptEvaluation). */
export function evaluationRefusal(
  evaluated: { ok: false; rows: RowIssue[]; validation?: Validation },
  paying: Paying | null,
  year: number,
): BadUserInput | InvalidRuleSet {
  const issues = evaluated.validation?.errors;
  if (issues && paying) return new InvalidRuleSet(issues, `执行中的补助标准按${year}年度政策校验不通过，请修订后重新备案`);
  if (issues) return new BadUserInput(issues.map((i) => i.message).join('；'), { issues });
  return new BadRows(evaluated.rows, `花名册中有${evaluated.rows.length}处成员信息有误，请重新导入更正后再结算`);
}
