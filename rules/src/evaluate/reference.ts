/** Steps 1–4 for one member through json-rules-engine (engine.ts): the reference path, and the trace. */
import type { Fen } from '../money.js';
import type { Member, OutcomeFen } from '../types.js';
import type { Context } from './context.js';
import { runEngine } from './engine.js';
import { BUILT_IN_GETTERS, memberFacts } from './facts.js';
import { applyCaps } from './money.js';
import { gateStep } from './outcome.js';
import { sectionOutcome } from './sections.js';

export async function referenceStep(ctx: Context, m: Member, trace: boolean): Promise<OutcomeFen> {
  const o = gateStep(m, BUILT_IN_GETTERS.age!(m, ctx.day) as number, ctx.schemeActive);
  if (trace) o.trace = [];
  if (!o.eligible || !ctx.ruleSet) return o;
  const ruleSet = ctx.ruleSet;
  const facts = memberFacts(m, ctx.day);
  const verdict = await runEngine(ruleSet, facts);
  o.sections = ruleSet.sections.map((section, s) => sectionOutcome(section, facts, (r) => verdict.held[s]![r]!));
  o.raw = o.sections.reduce((sum, s) => sum + s.amount, 0) as Fen;
  applyCaps(o, ctx.personCapFen, ctx.policy.regionMaxFen, m.priorCreditFen);
  if (trace) o.trace = verdict.trace;
  return o;
}
