/** The draft policy year as sent (yuan) checked and made the rules' PolicyYear; the base year must be stored. */
import { fromYuan, type PolicySource, type PolicyYear } from '@cunce/rules';
import { BadUserInput, type PolicyYearInput } from './reform.ports.js';

const MAX_TIERS = 50;

export function draftPolicy(input: PolicyYearInput, baseYear: number, stored: PolicySource): PolicyYear {
  if (!stored(baseYear)) throw new BadUserInput(`对比基准年度（baseYear）${baseYear}年尚未设置区级缴费档次：请选择已设置的年度`);
  if (!Number.isInteger(input.year) || input.year < baseYear || input.year > baseYear + 20)
    throw new BadUserInput(
      `草案年度（draft.year）应为${baseYear}年至${baseYear + 20}年之间的年份，现为${input.year}：请改为对比基准年度或以后的年份`,
    );
  if (input.tiers.length === 0 || input.tiers.length > MAX_TIERS)
    throw new BadUserInput(`草案缴费档次（draft.tiers）应有1至${MAX_TIERS}档，现为${input.tiers.length}档`);
  const seen = new Set<number>();
  input.tiers.forEach((t, i) => {
    const amount = fromYuan(t.amount);
    const subsidy = fromYuan(t.governmentSubsidy);
    if (amount === null || amount <= 0)
      throw new BadUserInput(`草案第${i + 1}档的档次金额（draft.tiers.amount）应为正数、至多两位小数，现为${t.amount}：请改正`);
    if (subsidy === null || subsidy < 0)
      throw new BadUserInput(
        `草案第${i + 1}档的政府补贴（draft.tiers.governmentSubsidy）应为不小于0、至多两位小数的金额，现为${t.governmentSubsidy}：请改正`,
      );
    if (seen.has(amount)) throw new BadUserInput(`草案缴费档次${t.amount}元重复（draft.tiers）：每个档次只填一次`);
    seen.add(amount);
  });
  return {
    year: input.year,
    tiers: [...input.tiers].sort((a, b) => a.amount - b.amount).map((t) => ({ ...t, hardshipOnly: t.hardshipOnly ?? false })),
    hardshipTierCategories: [...new Set(input.hardshipTierCategories)],
    backPayEarnsSubsidy: input.backPayEarnsSubsidy,
  };
}
