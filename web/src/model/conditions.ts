import { OPERATORS_BY_TYPE, type Condition, type FactInfo, type LeafCondition, type TopCondition } from '@cunce/rules';

/** Editing json-rules-engine conditions in place: groups (all/any/not), leaves, and values fitting a fact's type. */

export type GroupKind = 'all' | 'any' | 'not';
export const MAX_DEPTH = 8;

export function isLeaf(c: Condition): c is LeafCondition {
  return typeof c === 'object' && c !== null && 'fact' in c;
}

export function groupKind(c: Condition): GroupKind | null {
  if (isLeaf(c)) return null;
  if ('all' in c) return 'all';
  if ('any' in c) return 'any';
  if ('not' in c) return 'not';
  return null;
}

/** The children of a group, as the array stored in it (a `not` has one child, not an array). */
export function childrenOf(group: TopCondition): Condition[] | null {
  if ('all' in group && Array.isArray(group.all)) return group.all;
  if ('any' in group && Array.isArray(group.any)) return group.any;
  return null;
}

/** Turns an all-group into an any-group or back, keeping its children (in place). */
export function setGroupKind(group: TopCondition, kind: 'all' | 'any'): void {
  const children = childrenOf(group) ?? [];
  const g = group as unknown as Record<string, unknown>;
  delete g.all;
  delete g.any;
  g[kind] = children;
}

export function isListOperator(operator: string): boolean {
  return operator === 'in' || operator === 'notIn';
}

export function operatorsFor(fact: FactInfo | undefined): readonly string[] {
  return fact ? OPERATORS_BY_TYPE[fact.type] : [];
}

/** A value that fits the fact's type and the operator: what a fresh leaf or a changed fact starts with. */
export function defaultValue(fact: FactInfo | undefined, operator: string): unknown {
  if (!fact) return null;
  if (isListOperator(operator)) return [];
  switch (fact.type) {
    case 'number':
      return fact.name === 'age' ? 60 : fact.name === 'contribution' ? 200 : 0;
    case 'boolean':
      return true;
    case 'list':
    case 'enum':
    case 'string':
      return fact.values?.[0] ?? '';
  }
}

export function newLeaf(fact: FactInfo): LeafCondition {
  const operator = fact.type === 'number' ? 'greaterThanInclusive' : operatorsFor(fact)[0]!;
  return { fact: fact.name, operator, value: defaultValue(fact, operator) };
}

/** After the fact changed: the operator and value are reset to fit the new fact's type. */
export function fitLeafToFact(leaf: LeafCondition, fact: FactInfo | undefined): void {
  const fresh = fact ? newLeaf(fact) : { fact: leaf.fact, operator: 'equal', value: null };
  leaf.fact = fresh.fact;
  leaf.operator = fresh.operator;
  leaf.value = fresh.value;
}

/** After the operator changed: a single value becomes a list for in/notIn and back. */
export function fitValueToOperator(leaf: LeafCondition, fact: FactInfo | undefined): void {
  const wantsList = isListOperator(leaf.operator);
  if (wantsList && !Array.isArray(leaf.value)) leaf.value = leaf.value === null || leaf.value === '' ? [] : [leaf.value];
  else if (!wantsList && Array.isArray(leaf.value)) leaf.value = leaf.value[0] ?? defaultValue(fact, leaf.operator);
}

/** The depth of a condition (a leaf is 1), to keep nesting within json-rules-engine's limit here (8). */
export function depthOf(c: Condition): number {
  if (isLeaf(c)) return 1;
  if ('not' in c) return 1 + depthOf(c.not);
  return 1 + Math.max(0, ...(childrenOf(c) ?? []).map(depthOf));
}
