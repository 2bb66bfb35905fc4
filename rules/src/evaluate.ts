import type { Member, Outcome, PolicySource, PolicyYear, RuleSet, SectionOutcome, Totals, TraceEntry } from './types.js';
import { BUILT_IN_GETTERS, factDay, memberFacts, type FactDay } from './evaluateFacts.js';
import { CompiledSections, type SectionsResult } from './evaluateCompiled.js';
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

const NO_REASONS: string[] = Object.freeze([]) as unknown as string[];

/** Adds a reason code to an outcome, giving it a list of its own first if it shares the empty one. */
export function addReason(o: OutcomeFen, code: string): void {
  if (o.reasons === NO_REASONS) o.reasons = [code];
  else o.reasons.push(code);
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

/**
 * Step 1: the region's gates, in RULESET.md's order; SCHEME_NOT_ACTIVE is added at settlement. Most members
 * pass them all: they share one empty list until a later step adds a reason (`addReason`), which spares a
 * roster of a million members a million allocations.
 */
function gates(m: Member, schemeActive: boolean): string[] {
  if (m.isCollectiveMember && m.paymentType === 'CURRENT' && m.contributionFen !== null && schemeActive) return NO_REASONS;
  const reasons: string[] = [];
  if (!m.isCollectiveMember) reasons.push('NOT_COLLECTIVE_MEMBER');
  if (m.paymentType !== 'CURRENT') reasons.push('NOT_CURRENT_YEAR_PAYMENT');
  if (m.contributionFen === null) reasons.push('NO_PERSONAL_CONTRIBUTION');
  if (!schemeActive) reasons.push('SCHEME_NOT_ACTIVE');
  return reasons;
}

/** Step 1 for one member: the outcome with its gates, nothing paid yet. */
function gateStep(ctx: Context, m: Member): OutcomeFen {
  const reasons = gates(m, ctx.schemeActive);
  return new MemberOutcome(m.idNumber, reasons === NO_REASONS, reasons, BUILT_IN_GETTERS.age(m, ctx.day) as number);
}

/** An outcome as a class: one hidden class for every member, allocated in a roster's hot loop. */
class MemberOutcome implements OutcomeFen {
  sections: SectionOutcome[] = NO_SECTIONS;
  raw = 0;
  collective = 0;
  donation = 0;
  donationExcess = 0;
  governmentSubsidy = 0;
  accountCredit = 0;
  declare trace?: TraceEntry[];
  constructor(
    public idNumber: string,
    public eligible: boolean,
    public reasons: string[],
    public age: number,
  ) {}
}

const NO_SECTIONS: SectionOutcome[] = Object.freeze([]) as unknown as SectionOutcome[];

/** Steps 2–4 for an eligible member: the sections' amounts, raw, and both caps. */
function sectionStep(ctx: Context, o: OutcomeFen, m: Member, r: SectionsResult): void {
  o.sections = r.sections as SectionOutcome[];
  o.raw = r.raw;
  applyCaps(o, ctx.personCapFen, ctx.policy.regionMaxFen, m.priorCreditFen);
}

const plans = new WeakMap<RuleSet, Map<string, CompiledSections>>();
function compiledSections(ctx: Context): CompiledSections | null {
  if (!ctx.ruleSet) return null;
  let byDay = plans.get(ctx.ruleSet);
  if (!byDay) plans.set(ctx.ruleSet, (byDay = new Map()));
  const key = `${ctx.day.year}-${ctx.day.month}-${ctx.day.day}`;
  let plan = byDay.get(key);
  if (!plan) byDay.set(key, (plan = new CompiledSections(ctx.ruleSet, ctx.day)));
  return plan;
}

/** Steps 1–4 over members with the compiled conditions (the hot loop of a roster). */
function compiledSteps(ctx: Context, members: readonly Member[], outcomes: OutcomeFen[]): void {
  const plan = compiledSections(ctx);
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    const o = gateStep(ctx, m);
    if (o.eligible && plan) sectionStep(ctx, o, m, plan.of(m, o.age));
    outcomes[i] = o;
  }
}

/** Steps 1–4 for one member through json-rules-engine, with the trace when asked. */
async function referenceStep(ctx: Context, m: Member, trace: boolean): Promise<OutcomeFen> {
  const o = gateStep(ctx, m);
  if (trace) o.trace = [];
  if (!o.eligible || !ctx.ruleSet) return o;
  const ruleSet = ctx.ruleSet;
  const facts = memberFacts(m, ctx.day);
  const verdict = await runEngine(ruleSet, facts);
  const sections = evaluateSections(ruleSet, facts, (s, r) => verdict.held[s][r]);
  sectionStep(ctx, o, m, { sections, raw: sections.reduce((sum, s) => sum + s.amount, 0) });
  if (trace) o.trace = verdict.trace;
  return o;
}

/** One member alone (no budget step), as the rule test harness and the editor's "why" use it. */
export async function evaluateMember(ruleSet: RuleSet | null, member: Member, policies: PolicySource, opts: EvaluateOptions = {}): Promise<OutcomeFen> {
  const ctx = contextOf(ruleSet, policies, opts);
  const outcomes: OutcomeFen[] = [];
  if (opts.trace || opts.engine === 'reference') outcomes.push(await referenceStep(ctx, member, opts.trace === true));
  else compiledSteps(ctx, [member], outcomes);
  finishMoney(outcomes[0], member, ctx.policy);
  return outcomes[0];
}

/** A roster: every member through steps 1–4, the budget step over the eligible, then donations and subsidy. */
export async function evaluateRoster(ruleSet: RuleSet | null, members: readonly Member[], policies: PolicySource, opts: EvaluateOptions = {}): Promise<RosterResult> {
  const ctx = contextOf(ruleSet, policies, opts);
  const outcomes: OutcomeFen[] = new Array(members.length);
  if (opts.trace || opts.engine === 'reference') {
    for (let i = 0; i < members.length; i++) outcomes[i] = await referenceStep(ctx, members[i], opts.trace === true);
  } else compiledSteps(ctx, members, outcomes);
  const budget = budgetStep(ctx, outcomes);
  finishAll(ctx, members, outcomes);
  return { outcomes, totals: totalsOf(outcomes, members), ...budget };
}

/** Steps 6 and 7 over a roster. */
function finishAll(ctx: Context, members: readonly Member[], outcomes: OutcomeFen[]): void {
  for (let i = 0; i < members.length; i++) finishMoney(outcomes[i], members[i], ctx.policy);
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
