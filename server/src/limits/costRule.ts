/**
 * How a field weighs in an operation's cost (app/cost.ts). Every field costs 1 point and a list field multiplies
 * what is asked of each item by its number of items; a field's rule (its `cost` extension, set with type-graphql's
 * `@Extensions(costRule({...}))`, or its row in app/listBounds.ts) says how many items a list has, adds points of
 * its own (evaluating a roster), or hands the fields below it sizes taken from its arguments (`simulate` tells its
 * outcomes how many members and rules it was given).
 */

/** Sizes an enclosing field's arguments gave, by name (e.g. `members`, `sections`). */
export type Scope = Readonly<Record<string, number>>;

/** A field's arguments as the operation gives them (variables substituted, defaults applied). */
export type Args = Readonly<Record<string, unknown>>;

export interface CostRule {
  /** A list field: how many items at most, when no `first`/`limit` argument says it. */
  items?: number | ((args: Args, scope: Scope) => number);
  /**
   * A list field: how many items at most in the whole answer, all its parents together (the villages of the
   * region, however many townships list them), where multiplying the bounds of nested lists would count more.
   */
  total?: number;
  /** Points of the field itself beyond its 1 (e.g. evaluating every member). */
  weight?: (args: Args, scope: Scope) => number;
  /** The sizes the fields below this one see. */
  scope?: (args: Args, scope: Scope) => Scope;
}

/** The extensions of a field with this rule: `@Extensions(costRule({ items: 10 }))`. */
export function costRule(rule: CostRule): { cost: CostRule } {
  return { cost: rule };
}

/** How many items a list argument holds: GraphQL reads a single value given for a list as a list of one. */
export function count(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return value === null || value === undefined ? 0 : 1;
}
