/**
 * The one evaluator (RULESET.md "From rules to money"): one member alone, or a roster with the budget step. The
 * compiled path (plan.ts) by default; json-rules-engine (reference.ts) for the trace or when asked for.
 */
import { fromYuan, type Fen } from '../money.js';
import type { Member, OutcomeFen, PolicySource, RuleSet, TotalsFen } from '../types.js';
import { compiledSections, contextOf, type Context, type EvaluateOptions } from './context.js';
import { BUILT_IN_GETTERS } from './facts.js';
import { applyCaps, finishMoney, prorate } from './money.js';
import { gateStep } from './outcome.js';
import { referenceStep } from './reference.js';

/** A roster's outcomes (fen), totals (fen) and the budget step's result. */
export interface RosterResult {
  outcomes: OutcomeFen[];
  totals: TotalsFen;
  budgetExceeded: boolean;
  prorateFactor: number | null;
  /** With a budget: the eligible members' collective amounts added up before the budget step (else null). */
  wantedFen: Fen | null;
}

const ageOf = BUILT_IN_GETTERS.age!;

/** Steps 1–4 over members with the compiled conditions (the hot loop of a roster). */
function compiledSteps(ctx: Context, members: readonly Member[], outcomes: OutcomeFen[]): void {
  const plan = compiledSections(ctx);
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const o = gateStep(m, ageOf(m, ctx.day) as number, ctx.schemeActive);
    if (o.eligible && plan) {
      const r = plan.of(m, o.age);
      o.sections = r.sections as OutcomeFen['sections'];
      o.raw = r.raw;
      applyCaps(o, ctx.personCapFen, ctx.policy.regionMaxFen, m.priorCreditFen);
    }
    outcomes[i] = o;
  }
}

async function steps(ctx: Context, members: readonly Member[], opts: EvaluateOptions): Promise<OutcomeFen[]> {
  const outcomes: OutcomeFen[] = new Array(members.length);
  if (opts.trace || opts.engine === 'reference') {
    for (let i = 0; i < members.length; i++) outcomes[i] = await referenceStep(ctx, members[i]!, opts.trace === true);
  } else compiledSteps(ctx, members, outcomes);
  return outcomes;
}

/** One member alone (no budget step), as the rule test harness and the editor's "why" use it. */
export async function evaluateMember(
  ruleSet: RuleSet | null,
  member: Member,
  policies: PolicySource,
  opts: EvaluateOptions = {},
): Promise<OutcomeFen> {
  const ctx = contextOf(ruleSet, policies, opts);
  const [outcome] = await steps(ctx, [member], opts);
  finishMoney(outcome!, member, ctx.policy);
  return outcome!;
}

/** A roster: every member through steps 1–4, the budget step over the eligible, then donations and subsidy. */
export async function evaluateRoster(
  ruleSet: RuleSet | null,
  members: readonly Member[],
  policies: PolicySource,
  opts: EvaluateOptions = {},
): Promise<RosterResult> {
  const ctx = contextOf(ruleSet, policies, opts);
  const outcomes = await steps(ctx, members, opts);
  const budget = budgetStep(ctx, outcomes);
  for (let i = 0; i < members.length; i++) finishMoney(outcomes[i]!, members[i]!, ctx.policy);
  return { outcomes, totals: totalsOf(outcomes, members), ...budget };
}

/** Step 5: the budget, only when the eligible members' amounts add up to more than it. */
function budgetStep(ctx: Context, outcomes: OutcomeFen[]): Pick<RosterResult, 'budgetExceeded' | 'prorateFactor' | 'wantedFen'> {
  const budget = ctx.ruleSet?.budget;
  if (budget === undefined) return { budgetExceeded: false, prorateFactor: null, wantedFen: null };
  const budgetFen = fromYuan(budget) ?? (0 as Fen);
  let total = 0;
  for (const o of outcomes) if (o.eligible) total += o.collective;
  const wantedFen = total as Fen;
  if (total <= budgetFen) return { budgetExceeded: false, prorateFactor: null, wantedFen };
  if (ctx.ruleSet?.overBudget === 'PRORATE')
    return { budgetExceeded: false, prorateFactor: prorate(outcomes, budgetFen, wantedFen), wantedFen };
  return { budgetExceeded: true, prorateFactor: null, wantedFen };
}

function totalsOf(outcomes: readonly OutcomeFen[], members: readonly Member[]): TotalsFen {
  const t = {
    members: outcomes.length,
    eligible: 0,
    contribution: 0,
    governmentSubsidy: 0,
    collective: 0,
    donation: 0,
    donationExcess: 0,
    accountCredit: 0,
  };
  outcomes.forEach((o, i) => {
    if (o.eligible) t.eligible++;
    t.contribution += members[i]!.contributionFen ?? 0;
    t.governmentSubsidy += o.governmentSubsidy;
    t.collective += o.collective;
    t.donation += o.donation;
    t.donationExcess += o.donationExcess;
    t.accountCredit += o.accountCredit;
  });
  return t as TotalsFen;
}
