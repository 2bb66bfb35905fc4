/**
 * The region administrator's edits of a policy year (create or replace its figures). A year is frozen once a
 * settlement of it is confirmed: refused with POLICY_FROZEN. Audited in the same transaction.
 */
import { yuanToFen, type PolicyYear as RulesPolicyYear } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { BadUserInput, DomainError } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import { isFrozen } from './policy.freeze.js';
import type { User } from '../user/user.entity.js';
import { toRulesPolicy } from './policy.mapper.js';
import type { PolicyYearInput } from './policy.types.js';
import { PolicyTier } from './policyTier.entity.js';
import { PolicyYear } from './policyYear.entity.js';

interface TierFen {
  amountFen: number;
  governmentSubsidyFen: number;
  hardshipOnly: boolean;
}

function checkInput(input: PolicyYearInput): TierFen[] {
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw new BadUserInput(`年度应在2000至2100之间，现为${input.year}`);
  if (input.tiers.length === 0 || input.tiers.length > 50) throw new BadUserInput('缴费档次（tiers）应有1至50档');
  const tiers = input.tiers.map((t, i) => {
    const amountFen = yuanToFen(t.amount);
    const governmentSubsidyFen = yuanToFen(t.governmentSubsidy);
    if (amountFen === null || amountFen <= 0)
      throw new BadUserInput(`第${i + 1}档的档次金额（amount）应为正数、至多两位小数，现为${t.amount}`);
    if (governmentSubsidyFen === null || governmentSubsidyFen < 0) {
      throw new BadUserInput(`第${i + 1}档的政府补贴（governmentSubsidy）应为不小于0、至多两位小数的金额，现为${t.governmentSubsidy}`);
    }
    return { amountFen, governmentSubsidyFen, hardshipOnly: t.hardshipOnly };
  });
  const sorted = [...tiers].sort((a, b) => a.amountFen - b.amountFen);
  if (sorted.some((t, i) => i > 0 && t.amountFen === sorted[i - 1]!.amountFen)) throw new BadUserInput('缴费档次金额不能重复');
  return sorted;
}

export async function savePolicyYear(em: Em, admin: User, input: PolicyYearInput): Promise<RulesPolicyYear> {
  const tiers = checkInput(input);
  if (await isFrozen(em, input.year)) {
    throw new DomainError('POLICY_FROZEN', `${input.year}年度已有确认的结算，政策参数已冻结，不能修改`);
  }
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(PolicyYear, { year: input.year }, { populate: ['tiers'] });
    const before = existing ? toRulesPolicy(existing) : null;
    const year: PolicyYear =
      existing ?? tx.create(PolicyYear, { year: input.year, hardshipTierCategories: [], backPayEarnsSubsidy: false });
    for (const tier of year.tiers.getItems()) tx.remove(tier);
    await tx.flush();
    year.hardshipTierCategories = [...new Set(input.hardshipTierCategories)];
    year.backPayEarnsSubsidy = input.backPayEarnsSubsidy;
    tiers.forEach((t, position) => year.tiers.add(tx.create(PolicyTier, { ...t, policyYear: year, position })));
    const after = toRulesPolicy(year);
    audit(tx, admin, before ? 'EDIT_POLICY_YEAR' : 'ADD_POLICY_YEAR', 'PolicyYear', year.year, before, after, { year: year.year });
    await tx.flush();
    return after;
  });
}
