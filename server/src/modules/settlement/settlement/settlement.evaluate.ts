/** Checking and evaluating the members to settle (RULESET.md: bad rows, then gates, sections, caps, budget). */
import { simulate, type MemberInput, type PolicySource } from '@cunce/rules';
import { BadRows, BadUserInput, InvalidRuleSet } from '../../../errors.js';
import type { Paying } from '../../lifecycle/scheme/scheme.paying.js';
import type { Village } from '../../reference/division/village.entity.js';

export type Evaluated = Awaited<ReturnType<typeof simulate>> & { ok: true };

/**
 * The roster's members not yet in a confirmed settlement (`settled`: their ID numbers, null for a first
 * settlement), evaluated with the paying version; the roster is refused as a whole on any bad row or when the
 * version does not validate against the year's policy.
 */
export async function evaluateMembers(
  roster: MemberInput[],
  settled: ReadonlySet<string> | null,
  paying: Paying | null,
  policies: PolicySource,
  { village, year }: { village: Village; year: number },
): Promise<Evaluated> {
  const members = settled ? roster.filter((m) => !settled.has(m.idNumber)) : roster;
  if (members.length === 0) {
    throw new BadUserInput(settled ? '没有尚未结算的成员，无需补充结算' : `${village.name}${year}年度花名册为空，请先导入花名册`);
  }
  const evaluated = await simulate(paying?.version.ruleSet ?? null, members, policies, {
    year,
    mode: 'import',
    schemeActive: paying !== null,
  });
  if (evaluated.ok) return evaluated;
  const issues = evaluated.validation?.errors;
  if (issues && paying) throw new InvalidRuleSet(issues, `执行中的补助标准按${year}年度政策校验不通过，请修订后重新备案`);
  if (issues) throw new BadUserInput(issues.map((i) => i.message).join('；'), { issues });
  throw new BadRows(evaluated.rows, `花名册中有${evaluated.rows.length}处成员信息有误，请重新导入更正后再结算`);
}
