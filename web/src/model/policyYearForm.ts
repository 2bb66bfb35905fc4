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

/** A problem of a policy year where the administrator sees it: the cell `amount-<row>` or `subsidy-<row>`, or `tiers`. */
export interface PolicyProblem {
  at: string;
  message: string;
}

/** What is wrong before sending (the server checks the same and has the last word), each at its cell; empty when none. */
export function policyProblems(p: PolicyYearData): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  if (p.tiers.length === 0) problems.push({ at: 'tiers', message: '至少需要一个缴费档次' });
  p.tiers.forEach((t, i) => {
    const first = p.tiers.findIndex((o) => o.amount === t.amount);
    if (!(t.amount > 0)) problems.push({ at: `amount-${i}`, message: `第${i + 1}档的档次金额应大于0` });
    else if (first < i) problems.push({ at: `amount-${i}`, message: `第${i + 1}档的档次金额与第${first + 1}档重复` });
    if (!(t.governmentSubsidy >= 0)) problems.push({ at: `subsidy-${i}`, message: `第${i + 1}档的政府补贴不能小于0` });
  });
  return problems;
}
