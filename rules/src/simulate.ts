import type {
  Member,
  MemberInput,
  Outcome,
  OutcomeFen,
  PolicySource,
  RowIssue,
  RuleSet,
  Simulation,
  Totals,
  TotalsFen,
  Validation,
} from './types.js';
import type { EvaluateOptions } from './evaluate/context.js';
import { evaluateRoster, type RosterResult } from './evaluate/roster.js';
import { checkMembers } from './members.js';
import { validateRuleSet } from './validate.js';
import { toYuan } from './money.js';

export interface SimulateOptions extends EvaluateOptions {
  /** `simulate` applies API.md's simulate defaults; `import` requires isCollectiveMember and paymentType. */
  mode?: 'simulate' | 'import';
}

export type SimulateResult =
  | { ok: true; simulation: Simulation; result: RosterResult; members: Member[]; warnings: RowIssue[] }
  | { ok: false; rows: RowIssue[]; validation?: Validation };

/**
 * Validates the rule set, checks the roster (refused whole when any row is bad) and evaluates it, budget
 * step included. `ruleSet` may be null only with `schemeActive: false` and a `year` (a village without a
 * scheme at settlement). Never throws on user input.
 */
export async function simulate(
  ruleSet: RuleSet | null,
  inputs: readonly (MemberInput | unknown)[],
  policies: PolicySource,
  opts: SimulateOptions = {},
): Promise<SimulateResult> {
  if (ruleSet !== null) {
    const validation = validateRuleSet(ruleSet, policies);
    if (!validation.valid) return { ok: false, rows: [], validation };
  }
  const year = opts.year ?? ruleSet?.year;
  const problem = yearProblem(ruleSet, year, policies);
  if (problem) return { ok: false, rows: [], validation: { valid: false, errors: [problem], warnings: [] } };
  const policy = policies(year!)!;
  const checked = checkMembers(inputs, {
    year: year!,
    policy,
    ageAsOf: ruleSet?.ageAsOf,
    facts: ruleSet?.facts,
    mode: opts.mode ?? 'simulate',
  });
  if (checked.errors.length > 0) return { ok: false, rows: checked.errors };
  const result = await evaluateRoster(ruleSet, checked.members, policies, { ...opts, year });
  // In yuan only when asked for: settlement stores the fen result and needs only the warnings.
  let simulation: Simulation | undefined;
  return {
    ok: true,
    result,
    members: checked.members,
    warnings: checked.warnings,
    get simulation() {
      return (simulation ??= toSimulation(result, checked.warnings));
    },
  };
}

function yearProblem(ruleSet: RuleSet | null, year: number | undefined, policies: PolicySource) {
  if (year === undefined) return { path: '/year', code: 'BAD_FIELD', message: '请指定补助年度。' };
  if (ruleSet && (year < ruleSet.year || year > (ruleSet.lastYear ?? ruleSet.year)))
    return {
      path: '/year',
      code: 'YEAR_NOT_COVERED',
      message: `该补助标准适用于${ruleSet.year}–${ruleSet.lastYear ?? ruleSet.year}年度，不含${year}年度，请选择适用年度。`,
    };
  if (!policies(year))
    return {
      path: '/year',
      code: 'YEAR_NOT_CONFIGURED',
      message: `${year}年度的自治区缴费档次和补贴标准尚未设置，请先由自治区管理员设置。`,
    };
  return null;
}

/** A roster result with money in yuan, as API.md's `Simulation`. */
export function toSimulation(result: RosterResult, warnings: RowIssue[]): Simulation {
  return {
    outcomes: result.outcomes.map(outcomeToYuan),
    warnings,
    totals: totalsToYuan(result.totals),
    budgetExceeded: result.budgetExceeded,
    prorateFactor: result.prorateFactor,
  };
}

export function outcomeToYuan(o: OutcomeFen): Outcome {
  return {
    ...o,
    sections: o.sections.map((s) => ({ ...s, amount: toYuan(s.amount) })),
    raw: toYuan(o.raw),
    collective: toYuan(o.collective),
    donation: toYuan(o.donation),
    donationExcess: toYuan(o.donationExcess),
    governmentSubsidy: toYuan(o.governmentSubsidy),
    accountCredit: toYuan(o.accountCredit),
  };
}

export function totalsToYuan(t: TotalsFen): Totals {
  return {
    members: t.members,
    eligible: t.eligible,
    contribution: toYuan(t.contribution),
    governmentSubsidy: toYuan(t.governmentSubsidy),
    collective: toYuan(t.collective),
    donation: toYuan(t.donation),
    donationExcess: toYuan(t.donationExcess),
    accountCredit: toYuan(t.accountCredit),
  };
}
