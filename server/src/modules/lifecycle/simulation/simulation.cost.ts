/**
 * What `simulate` and `validateRuleSet` cost (app/cost.ts): checking the rule set weighs as evaluating
 * VALIDATION_MEMBERS members; each member `simulate` is given is evaluated against every rule of the rule set
 * (1 + rules points a member), its outcomes and warnings are as many as its members, an outcome's sections as
 * many as the rule set's, a section's rule ids at most its rules (one under FIRST); and `trace`, computed
 * through json-rules-engine and about 1 KB a member for a pilot standard, costs TRACE_PER_NODE points for each
 * rule and condition of the rule set, on every member. The rule set is read as sent, unvalidated.
 */
import { count, costRule, type Args, type Scope } from '../../../limits/costRule.js';

export const TRACE_PER_NODE = 10;
/** Checking a rule set runs its sections on sample members (rules' checkMonotone): weighed as so many members. */
export const VALIDATION_MEMBERS = 100;

/** Outcome reason codes at most: four gates, two caps, prorated, donation over the cap. */
const REASONS = 8;
/** Outside `simulate` (a stored settlement's sections): the declared bounds. */
const SETTLEMENT_SECTIONS = 5;
const SETTLEMENT_RULE_IDS = 5;

export const validateCost = costRule({ weight: (args) => validationPoints(args.ruleSet) });

export const simulateCost = costRule({
  weight: (args) => validationPoints(args.ruleSet) + evaluationPoints(args.ruleSet, count(args.members), false),
  scope: (args): Scope => {
    const shape = shapeOf(args.ruleSet);
    return {
      members: count(args.members),
      sections: shape.sections,
      ruleIds: shape.ruleIds,
      trace: TRACE_PER_NODE * (shape.rules + shape.conditions),
    };
  },
});

export const perMember = costRule({ items: (_args: Args, scope: Scope) => scope.members ?? 0 });
export const reasons = costRule({ items: REASONS });
export const sections = costRule({ items: (_args: Args, scope: Scope) => scope.sections ?? SETTLEMENT_SECTIONS });
export const ruleIds = costRule({ items: (_args: Args, scope: Scope) => scope.ruleIds ?? SETTLEMENT_RULE_IDS });
/** A validation's errors or warnings: one a problem, most rule sets have a handful. */
export const issues = costRule({ items: 200 });
export const trace = costRule({ weight: (_args: Args, scope: Scope) => scope.trace ?? 0 });

/** The points of checking a rule set: as many as evaluating VALIDATION_MEMBERS members. */
export function validationPoints(ruleSet: unknown): number {
  return evaluationPoints(ruleSet, VALIDATION_MEMBERS, false);
}

/** The points of evaluating `members` members, with their traces or not: members × (1 + rules [+ trace]). */
export function evaluationPoints(ruleSet: unknown, members: number, trace: boolean): number {
  const shape = shapeOf(ruleSet);
  return members * (1 + shape.rules + (trace ? TRACE_PER_NODE * (shape.rules + shape.conditions) : 0));
}

interface Shape {
  sections: number;
  rules: number;
  /** The most rule ids one section of an outcome can list. */
  ruleIds: number;
  /** Leaves and groups of every rule's `when`. */
  conditions: number;
}

const shapes = new WeakMap<object, Shape>();

/** The shape of a rule set, read once for each object (an operation may pass the same one to many fields). */
function shapeOf(ruleSet: unknown): Shape {
  if (ruleSet === null || typeof ruleSet !== 'object') return { sections: 0, rules: 0, ruleIds: 0, conditions: 0 };
  let shape = shapes.get(ruleSet);
  if (!shape) shapes.set(ruleSet, (shape = measure(ruleSet)));
  return shape;
}

function measure(ruleSet: object): Shape {
  const shape: Shape = { sections: 0, rules: 0, ruleIds: 0, conditions: 0 };
  const list = (ruleSet as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(list)) return shape;
  shape.sections = list.length;
  for (const section of list) {
    const rules = (section as { rules?: unknown } | null)?.rules;
    if (!Array.isArray(rules)) continue;
    shape.rules += rules.length;
    const counted = (section as { hitPolicy?: unknown }).hitPolicy === 'FIRST' ? Math.min(rules.length, 1) : rules.length;
    shape.ruleIds = Math.max(shape.ruleIds, counted);
    for (const rule of rules) shape.conditions += conditionsOf((rule as { when?: unknown } | null)?.when);
  }
  return shape;
}

/** The nodes of a condition tree (all/any/not groups and leaves), without recursion. */
function conditionsOf(when: unknown): number {
  let nodes = 0;
  const stack = [when];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> | null | undefined;
    if (node === null || typeof node !== 'object') continue;
    nodes += 1;
    for (const key of ['all', 'any']) if (Array.isArray(node[key])) for (const child of node[key] as unknown[]) stack.push(child);
    if (node.not !== undefined) stack.push(node.not);
  }
  return nodes;
}
