/** Between the stored policy year (fen) and the rules package's PolicyYear (yuan). */
import { fenToYuan, type PolicyYear as RulesPolicyYear } from '@cunce/rules';
import type { PolicyYear } from './policyYear.entity.js';

/** The rules' view of a stored year; `tiers` must be loaded. */
export function toRulesPolicy(year: PolicyYear): RulesPolicyYear {
  return {
    year: year.year,
    tiers: year.tiers.getItems().map((t) => ({
      amount: fenToYuan(t.amountFen),
      governmentSubsidy: fenToYuan(t.governmentSubsidyFen),
      hardshipOnly: t.hardshipOnly,
    })),
    hardshipTierCategories: [...year.hardshipTierCategories],
    backPayEarnsSubsidy: year.backPayEarnsSubsidy,
  };
}
