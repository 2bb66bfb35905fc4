import type { PolicyYearData } from '../graphql/policy';

/**
 * A policy year as the administrator edits it: a copy (so cancelling leaves the server's figures alone), tiers in
 * ascending order, and a next year started from the latest one.
 */
export function editableCopy(p: PolicyYearData): PolicyYearData {
  return {
    year: p.year,
    tiers: p.tiers
      .map((t) => ({ amount: t.amount, governmentSubsidy: t.governmentSubsidy, hardshipOnly: t.hardshipOnly }))
      .sort((a, b) => a.amount - b.amount),
    hardshipTierCategories: [...p.hardshipTierCategories],
    backPayEarnsSubsidy: p.backPayEarnsSubsidy,
  };
}

export function nextYear(latest: PolicyYearData): PolicyYearData {
  return { ...editableCopy(latest), year: latest.year + 1 };
}

/** What is wrong before sending (the server checks the same and has the last word); empty when none. */
export function policyProblems(p: PolicyYearData): string[] {
  const problems: string[] = [];
  if (p.tiers.length === 0) problems.push('至少需要一个缴费档次');
  p.tiers.forEach((t, i) => {
    if (!(t.amount > 0)) problems.push(`第${i + 1}档的档次金额应大于0`);
    if (!(t.governmentSubsidy >= 0)) problems.push(`第${i + 1}档的政府补贴不能小于0`);
  });
  const amounts = p.tiers.map((t) => t.amount);
  if (new Set(amounts).size !== amounts.length) problems.push('缴费档次金额不能重复');
  return problems;
}
