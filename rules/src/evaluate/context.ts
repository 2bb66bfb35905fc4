/** What evaluating a rule set for one scheme year needs, worked out once per call: the day, the figures, the plan. */
import { fromYuan, type Fen } from '../money.js';
import type { PolicySource, PolicyYear, RuleSet } from '../types.js';
import { factDay, type FactDay } from './facts.js';
import { policyFen, type PolicyFen } from './money.js';
import { CompiledSections } from './plan.js';

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

export interface Context {
  ruleSet: RuleSet | null;
  day: FactDay;
  policy: PolicyFen;
  personCapFen: Fen | null;
  schemeActive: boolean;
}

/** The context of one call; throws when the year has no region policy (callers validate first). */
export function contextOf(ruleSet: RuleSet | null, policies: PolicySource, opts: EvaluateOptions): Context {
  const year = opts.year ?? ruleSet?.year;
  const policy: PolicyYear | undefined = year === undefined ? undefined : policies(year);
  if (year === undefined || !policy) throw new Error(`no region policy for year ${year}`);
  return {
    ruleSet,
    day: factDay(year, ruleSet?.ageAsOf),
    policy: policyFen(policy),
    personCapFen: ruleSet?.personCap === undefined ? null : fromYuan(ruleSet.personCap),
    schemeActive: opts.schemeActive ?? true,
  };
}

const plans = new WeakMap<RuleSet, Map<string, CompiledSections>>();

/** The rule set's compiled sections for the context's day, compiled once per rule set and day. */
export function compiledSections(ctx: Context): CompiledSections | null {
  if (!ctx.ruleSet) return null;
  let byDay = plans.get(ctx.ruleSet);
  if (!byDay) plans.set(ctx.ruleSet, (byDay = new Map()));
  const key = `${ctx.day.year}-${ctx.day.month}-${ctx.day.day}`;
  let plan = byDay.get(key);
  if (!plan) byDay.set(key, (plan = new CompiledSections(ctx.ruleSet, ctx.day)));
  return plan;
}
