import type { Member, Outcome, PolicySource, PolicyYear, RuleSet, Totals } from './types.js';
import { memberFacts, type Facts } from './evaluateFacts.js';
import { compileRuleSet, type Predicate } from './evaluateCompiled.js';
import { runEngine } from './evaluateEngine.js';
import { evaluateSections, type Held } from './evaluateSections.js';
import { applyCaps, finishMoney, policyFen, prorate, type PolicyFen } from './evaluateMoney.js';
import { ageOnDay } from './age.js';
import { yuanToFen } from './money.js';

export interface EvaluateOptions {
  /** The scheme year evaluated (default the rule set's `year`); its region figures apply. */
  year?: number;
  /** Compute the per-rule trace (always through json-rules-engine). */
  trace?: boolean;
  /** false: the scheme does not pay, every member fails the gate SCHEME_NOT_ACTIVE (settlement). */
  schemeActive?: boolean;
  /** `compiled` (default) evaluates conditions as compiled functions; `reference` runs json-rules-engine. */
  engine?: 'compiled' | 'reference';
}

/** An Outcome whose money fields (sections' amounts, raw … accountCredit) are integer fen. */
export interface OutcomeFen extends Outcome {}

/** A roster's outcomes (fen), totals (fen) and the budget step's result. */
export interface RosterResult {
  outcomes: OutcomeFen[];
  totals: Totals;
  budgetExceeded: boolean;
  prorateFactor: number | null;
}

interface Context {
  ruleSet: RuleSet | null;
  year: number;
  policy: PolicyFen;
  personCapFen: number | null;
  compiled: Predicate[][];
  schemeActive: boolean;
}

function contextOf(ruleSet: RuleSet | null, policies: PolicySource, opts: EvaluateOptions): Context {
  const year = opts.year ?? ruleSet?.year;
  const policy: PolicyYear | undefined = year === undefined ? undefined : policies(year);
  if (year === undefined || !policy) throw new Error(`no region policy for year ${year}`);
  return {
    ruleSet,
    year,
    policy: policyFen(policy),
    personCapFen: ruleSet?.personCap === undefined ? null : yuanToFen(ruleSet.personCap),
    compiled: ruleSet ? compiledFor(ruleSet) : [],
    schemeActive: opts.schemeActive ?? true,
  };
}

const compiledCache = new WeakMap<RuleSet, Predicate[][]>();
function compiledFor(ruleSet: RuleSet): Predicate[][] {
  let c = compiledCache.get(ruleSet);
  if (!c) compiledCache.set(ruleSet, (c = compileRuleSet(ruleSet)));
  return c;
}

/** Step 1: the region's gates, in RULESET.md's order; SCHEME_NOT_ACTIVE is added at settlement. */
function gates(m: Member, schemeActive: boolean): string[] {
  const reasons: string[] = [];
  if (!m.isCollectiveMember) reasons.push('NOT_COLLECTIVE_MEMBER');
  if (m.paymentType !== 'CURRENT') reasons.push('NOT_CURRENT_YEAR_PAYMENT');
  if (m.contributionFen === null) reasons.push('NO_PERSONAL_CONTRIBUTION');
  if (!schemeActive) reasons.push('SCHEME_NOT_ACTIVE');
  return reasons;
}

function emptyOutcome(m: Member, age: number, reasons: string[]): OutcomeFen {
  return { idNumber: m.idNumber, eligible: reasons.length === 0, reasons, age, sections: [], raw: 0, collective: 0, donation: 0, donationExcess: 0, governmentSubsidy: 0, accountCredit: 0 };
}

/** Steps 1–4 for one member, with `held` deciding the rules; the budget and money steps come after. */
function collectiveStep(ctx: Context, m: Member, facts: Facts | null, held: (facts: Facts) => Held): OutcomeFen {
  const f = facts ?? (ctx.ruleSet ? memberFacts(m, ctx.year, ctx.ruleSet.ageAsOf) : null);
  const o = emptyOutcome(m, f ? (f.age as number) : ageOnDay(m.birthDate, ctx.year), gates(m, ctx.schemeActive));
  if (!o.eligible || !ctx.ruleSet || !f) return o;
  o.sections = evaluateSections(ctx.ruleSet, f, held(f));
  o.raw = o.sections.reduce((sum, s) => sum + s.amount, 0);
  applyCaps(o, ctx.personCapFen, ctx.policy.regionMaxFen, m.priorCreditFen);
  return o;
}

function compiledHeld(ctx: Context): (facts: Facts) => Held {
  return (facts) => (s, r) => ctx.compiled[s][r](facts);
}

async function referenceStep(ctx: Context, m: Member, trace: boolean): Promise<OutcomeFen> {
  if (!ctx.ruleSet) return collectiveStep(ctx, m, null, compiledHeld(ctx));
  const facts = memberFacts(m, ctx.year, ctx.ruleSet.ageAsOf);
  const eligible = gates(m, ctx.schemeActive).length === 0;
  const verdict = eligible ? await runEngine(ctx.ruleSet, facts) : null;
  const o = collectiveStep(ctx, m, facts, () => (s, r) => verdict!.held[s][r]);
  if (trace) o.trace = verdict?.trace ?? [];
  return o;
}

/** One member alone (no budget step), as the rule test harness and the editor's "why" use it. */
export async function evaluateMember(ruleSet: RuleSet | null, member: Member, policies: PolicySource, opts: EvaluateOptions = {}): Promise<OutcomeFen> {
  const ctx = contextOf(ruleSet, policies, opts);
  const o = opts.trace || opts.engine === 'reference' ? await referenceStep(ctx, member, opts.trace === true) : collectiveStep(ctx, member, null, compiledHeld(ctx));
  finishMoney(o, member, ctx.policy);
  return o;
}

/** A roster: every member through steps 1–4, the budget step over the eligible, then donations and subsidy. */
export async function evaluateRoster(ruleSet: RuleSet | null, members: readonly Member[], policies: PolicySource, opts: EvaluateOptions = {}): Promise<RosterResult> {
  const ctx = contextOf(ruleSet, policies, opts);
  const outcomes: OutcomeFen[] = new Array(members.length);
  if (opts.trace || opts.engine === 'reference') {
    for (let i = 0; i < members.length; i++) outcomes[i] = await referenceStep(ctx, members[i], opts.trace === true);
  } else {
    const held = compiledHeld(ctx);
    for (let i = 0; i < members.length; i++) outcomes[i] = collectiveStep(ctx, members[i], null, held);
  }
  const budget = budgetStep(ctx, outcomes);
  for (let i = 0; i < members.length; i++) finishMoney(outcomes[i], members[i], ctx.policy);
  return { outcomes, totals: totalsOf(outcomes, members), ...budget };
}

/** Step 5: the budget, only when the eligible members' amounts add up to more than it. */
function budgetStep(ctx: Context, outcomes: OutcomeFen[]): { budgetExceeded: boolean; prorateFactor: number | null } {
  const budget = ctx.ruleSet?.budget;
  if (budget === undefined) return { budgetExceeded: false, prorateFactor: null };
  const budgetFen = yuanToFen(budget) ?? 0;
  let total = 0;
  for (const o of outcomes) if (o.eligible) total += o.collective;
  if (total <= budgetFen) return { budgetExceeded: false, prorateFactor: null };
  if (ctx.ruleSet?.overBudget === 'PRORATE') return { budgetExceeded: false, prorateFactor: prorate(outcomes, budgetFen, total) };
  return { budgetExceeded: true, prorateFactor: null };
}

function totalsOf(outcomes: readonly OutcomeFen[], members: readonly Member[]): Totals {
  const t: Totals = { members: outcomes.length, eligible: 0, contribution: 0, governmentSubsidy: 0, collective: 0, donation: 0, donationExcess: 0, accountCredit: 0 };
  outcomes.forEach((o, i) => {
    if (o.eligible) t.eligible++;
    t.contribution += members[i].contributionFen ?? 0;
    t.governmentSubsidy += o.governmentSubsidy;
    t.collective += o.collective;
    t.donation += o.donation;
    t.donationExcess += o.donationExcess;
    t.accountCredit += o.accountCredit;
  });
  return t;
}
