import type { Member, Outcome, PolicySource, PolicyYear, RuleSet, SectionOutcome, Totals } from './types.js';
import { BUILT_IN_GETTERS, factDay, memberFacts, type FactDay } from './evaluateFacts.js';
import { compileSections, type SectionsResult } from './evaluateCompiled.js';
import { runEngine } from './evaluateEngine.js';
import { evaluateSections } from './evaluateSections.js';
import { applyCaps, finishMoney, policyFen, prorate, type PolicyFen } from './evaluateMoney.js';
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
  day: FactDay;
  policy: PolicyFen;
  personCapFen: number | null;
  schemeActive: boolean;
}

function contextOf(ruleSet: RuleSet | null, policies: PolicySource, opts: EvaluateOptions): Context {
  const year = opts.year ?? ruleSet?.year;
  const policy: PolicyYear | undefined = year === undefined ? undefined : policies(year);
  if (year === undefined || !policy) throw new Error(`no region policy for year ${year}`);
  return {
    ruleSet,
    day: factDay(year, ruleSet?.ageAsOf),
    policy: policyFen(policy),
    personCapFen: ruleSet?.personCap === undefined ? null : yuanToFen(ruleSet.personCap),
    schemeActive: opts.schemeActive ?? true,
  };
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

/** Steps 1–4 for one member; `sectionsOf` evaluates the rules (compiled, or json-rules-engine). */
function collectiveStep(ctx: Context, m: Member, sectionsOf: ((m: Member) => SectionsResult) | null): OutcomeFen {
  const reasons = gates(m, ctx.schemeActive);
  const o: OutcomeFen = {
    idNumber: m.idNumber, eligible: reasons.length === 0, reasons, age: BUILT_IN_GETTERS.age(m, ctx.day) as number,
    sections: [], raw: 0, collective: 0, donation: 0, donationExcess: 0, governmentSubsidy: 0, accountCredit: 0,
  };
  if (!o.eligible || !sectionsOf) return o;
  const { sections, raw } = sectionsOf(m);
  o.sections = sections as SectionOutcome[];
  o.raw = raw;
  applyCaps(o, ctx.personCapFen, ctx.policy.regionMaxFen, m.priorCreditFen);
  return o;
}

const plans = new WeakMap<RuleSet, Map<string, (m: Member) => SectionsResult>>();
function compiledSections(ctx: Context): ((m: Member) => SectionsResult) | null {
  if (!ctx.ruleSet) return null;
  let byDay = plans.get(ctx.ruleSet);
  if (!byDay) plans.set(ctx.ruleSet, (byDay = new Map()));
  const key = `${ctx.day.year}-${ctx.day.month}-${ctx.day.day}`;
  let plan = byDay.get(key);
  if (!plan) byDay.set(key, (plan = compileSections(ctx.ruleSet, ctx.day)));
  return plan;
}

async function referenceStep(ctx: Context, m: Member, trace: boolean): Promise<OutcomeFen> {
  const ruleSet = ctx.ruleSet;
  if (!ruleSet || gates(m, ctx.schemeActive).length > 0) {
    const o = collectiveStep(ctx, m, null);
    if (trace) o.trace = [];
    return o;
  }
  const facts = memberFacts(m, ctx.day);
  const verdict = await runEngine(ruleSet, facts);
  const o = collectiveStep(ctx, m, () => {
    const sections = evaluateSections(ruleSet, facts, (s, r) => verdict.held[s][r]);
    return { sections, raw: sections.reduce((sum, s) => sum + s.amount, 0) };
  });
  if (trace) o.trace = verdict.trace;
  return o;
}

/** One member alone (no budget step), as the rule test harness and the editor's "why" use it. */
export async function evaluateMember(ruleSet: RuleSet | null, member: Member, policies: PolicySource, opts: EvaluateOptions = {}): Promise<OutcomeFen> {
  const ctx = contextOf(ruleSet, policies, opts);
  const o = opts.trace || opts.engine === 'reference' ? await referenceStep(ctx, member, opts.trace === true) : collectiveStep(ctx, member, compiledSections(ctx));
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
    const sectionsOf = compiledSections(ctx);
    for (let i = 0; i < members.length; i++) outcomes[i] = collectiveStep(ctx, members[i], sectionsOf);
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
