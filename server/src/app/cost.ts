/**
 * The cost of an operation in points, from its document and its variables, before anything runs (app/costPlugin.ts
 * refuses it past the caller's budget). Every field selected costs 1; a list field costs its items × what is
 * asked of each (items: its `first`/`limit` argument, else its rule's, else its declared bound); every value its
 * arguments carry costs 1 (a member sent to `simulate` about 12: parsing, checking and copying input costs as much
 * as writing output); a field's rule (app/costRule.ts) may add points of its own and tell the fields below it
 * sizes of its arguments. Fragments count where they are spread, @skip/@include are honoured, the
 * introspection fields cost a flat INTROSPECTION.
 *
 * Not graphql-query-complexity: its estimators see a field's own arguments and its children's total only, so
 * `simulate`'s outcomes could not weigh by the members and rules `simulate` was given.
 */
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Args, CostRule, Scope } from '../limits/costRule.js';
import { LIST_BOUNDS } from './listBounds.js';
import { sentValues } from './sentValues.js';

/** `__schema` or `__type` with all that is asked below it: the schema is in memory, its answer bounded. */
export const INTROSPECTION = 1000;
/** Items of a list field nobody declared a bound for. */
const UNDECLARED_ITEMS = 100;
/** Fields visited (fragments expanded) before the walk gives up and calls the operation too costly. */
const MAX_VISITS = 100_000;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Values of each variable, counted once. */
  counted: Map<string, number>;
  visits: number;
}

/** The operation's cost, Infinity when its fragments expand beyond MAX_VISITS fields. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // Variables as sent, with the operation's defaults: only sizes are read, and coercing 10,000 members here
  // would cost as much again as the execution's own coercion.
  const values: Record<string, unknown> = { ...variables };
  for (const v of operation.variableDefinitions ?? []) {
    if (values[v.variable.name.value] === undefined && v.defaultValue) values[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
  }
  try {
    return Math.ceil(
      selectionCost(
        { schema, fragments, variables: values, counted: new Map(), visits: 0 },
        operation.selectionSet,
        root,
        {},
        1,
        new Set(),
      ),
    );
  } catch (error) {
    if (error instanceof TooManyVisits) return Infinity;
    throw error;
  }
}

class TooManyVisits extends Error {}

function selectionCost(
  walk: Walk,
  set: SelectionSetNode,
  type: GraphQLNamedType,
  scope: Scope,
  within: number,
  spreading: Set<string>,
): number {
  let total = 0;
  for (const selection of set.selections) {
    if (!included(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(walk, selection, type, scope, within, spreading);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      if (on) total += selectionCost(walk, selection.selectionSet, on, scope, within, spreading);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      const on = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (!fragment || !on || spreading.has(name)) continue;
      spreading.add(name);
      total += selectionCost(walk, fragment.selectionSet, on, scope, within, spreading);
      spreading.delete(name);
    }
  }
  return total;
}

/** A field's cost, once in the answer; `within`: how many times it is there (the items of the lists above it). */
function fieldCost(walk: Walk, node: FieldNode, parent: GraphQLNamedType, scope: Scope, within: number, spreading: Set<string>): number {
  if (++walk.visits > MAX_VISITS) throw new TooManyVisits();
  const name = node.name.value;
  if (name === '__schema' || name === '__type') return INTROSPECTION;
  if (name === '__typename') return 1;
  const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  if (!field) return 0; // refused by validation already
  const args = argumentsOf(field, node, walk.variables);
  const rule = ruleOf(parent.name, field);
  const list = isListType(getNullableType(field.type));
  const items = list ? itemsOf(rule, args, scope, within) : 1;
  const below = rule?.scope ? rule.scope(args, scope) : scope;
  const children = node.selectionSet
    ? selectionCost(walk, node.selectionSet, getNamedType(field.type), below, within * items, spreading)
    : 0;
  const own = 1 + sentValues(node, walk.variables, walk.counted) + (rule?.weight?.(args, scope) ?? 0);
  return list ? own + items * Math.max(children, 1) : own + children;
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Args {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {}; // arguments the execution refuses as well: nothing runs
  }
}

function ruleOf(parent: string, field: GraphQLField<unknown, unknown>): CostRule | undefined {
  const own = field.extensions?.cost as CostRule | undefined;
  const bound = own ?? LIST_BOUNDS[`${parent}.${field.name}`];
  return typeof bound === 'number' ? { items: bound } : bound;
}

/**
 * A page size the query gives (`first`, `limit`), else the rule's items, else UNDECLARED_ITEMS; at most the
 * rule's total shared among the `within` lists the field is in.
 */
function itemsOf(rule: CostRule | undefined, args: Args, scope: Scope, within: number): number {
  const page = [args.first, args.limit].find((n) => Number.isSafeInteger(n) && (n as number) >= 0) as number | undefined;
  const items = page ?? (typeof rule?.items === 'function' ? rule.items(args, scope) : (rule?.items ?? UNDECLARED_ITEMS));
  return rule?.total === undefined ? items : Math.min(items, rule.total / Math.max(within, 1));
}

function included(walk: Walk, node: SelectionNode): boolean {
  if (!node.directives?.length) return true;
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if !== false;
  } catch {
    return true;
  }
}
