/**
 * json-rules-engine, the reference for the compiled path (held equal to it by property tests) and the only
 * source of the per-rule "why" trace. The only file that imports json-rules-engine.
 */
import { Engine, Operator } from 'json-rules-engine';
import type { RuleSet, TraceCondition, TraceEntry } from '../types.js';
import type { Facts } from './facts.js';
import { OPERATORS, isPresent } from './operators.js';

/** What json-rules-engine says of one member: which rules hold, and the trace per rule. */
export interface EngineVerdict {
  held: boolean[][];
  trace: TraceEntry[];
}

const engines = new WeakMap<RuleSet, Engine>();

/**
 * One engine per rule set, every rule of every section as an engine rule named `s/r`, with our operators
 * registered over the built-in ones so that a leaf on an absent or null fact never holds.
 */
function engineFor(ruleSet: RuleSet): Engine {
  let engine = engines.get(ruleSet);
  if (engine) return engine;
  engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, fn] of Object.entries(OPERATORS)) engine.addOperator(new Operator(name, fn, isPresent));
  ruleSet.sections.forEach((section, s) =>
    section.rules.forEach((rule, r) =>
      engine!.addRule({ name: `${s}/${r}`, conditions: rule.when as never, event: { type: 'hit', params: { s, r } } }),
    ),
  );
  engines.set(ruleSet, engine);
  return engine;
}

interface ConditionResult {
  all?: ConditionResult[];
  any?: ConditionResult[];
  not?: ConditionResult;
  fact?: string;
  operator?: string;
  value?: unknown;
  factResult?: unknown;
  result?: boolean;
}

function leaves(c: ConditionResult, out: TraceCondition[]): TraceCondition[] {
  if (c.all) c.all.forEach((x) => leaves(x, out));
  else if (c.any) c.any.forEach((x) => leaves(x, out));
  else if (c.not) leaves(c.not, out);
  else if (c.fact !== undefined)
    out.push({ fact: c.fact, operator: c.operator ?? '', value: c.value, factValue: c.factResult ?? null, result: c.result === true });
  return out;
}

/** Runs json-rules-engine once for the member: the reference evaluation, and the only source of traces. */
export async function runEngine(ruleSet: RuleSet, facts: Facts): Promise<EngineVerdict> {
  const { results, failureResults } = await engineFor(ruleSet).run(facts);
  const held = ruleSet.sections.map((s) => s.rules.map(() => false));
  const byName = new Map<string, { result: boolean; conditions: unknown }>();
  for (const res of [...results, ...failureResults]) byName.set(String(res.name), res as never);
  const trace: TraceEntry[] = [];
  ruleSet.sections.forEach((section, s) =>
    section.rules.forEach((rule, r) => {
      const res = byName.get(`${s}/${r}`);
      held[s][r] = res?.result === true;
      trace.push({
        ruleId: rule.id,
        section: section.key,
        held: held[s][r],
        conditions: res ? leaves(res.conditions as ConditionResult, []) : [],
      });
    }),
  );
  return { held, trace };
}
