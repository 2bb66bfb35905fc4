import type { Condition, Hardship, LeafCondition } from '@cunce/rules';
import { childrenOf, isLeaf } from './conditions';

/**
 * Several hardship categories in one condition: RULESET.md writes them as `any` of `contains`
 * (or, for "none of them", `all` of `doesNotContain`). The editor shows such a group as one multi-select.
 */
export interface HardshipSet {
  operator: 'contains' | 'doesNotContain';
  values: Hardship[];
}

const isHardshipLeaf = (c: Condition): c is LeafCondition => isLeaf(c) && c.fact === 'hardship';

/** The categories of a hardship leaf, or of a group of two or more hardship leaves that reads as one set; else null. */
export function hardshipSetOf(c: Condition): HardshipSet | null {
  if (isHardshipLeaf(c)) {
    const op = c.operator === 'doesNotContain' ? 'doesNotContain' : 'contains';
    return { operator: op, values: typeof c.value === 'string' ? [c.value as Hardship] : [] };
  }
  if (isLeaf(c) || 'not' in c) return null;
  const children = childrenOf(c) ?? [];
  if (children.length < 2 || !children.every(isHardshipLeaf)) return null;
  const op = 'any' in c ? 'contains' : 'doesNotContain';
  if (!children.every((l) => (l as LeafCondition).operator === op)) return null;
  return { operator: op, values: children.map((l) => (l as LeafCondition).value as Hardship) };
}

/** One leaf for one category; `any` of `contains` (or `all` of `doesNotContain`) for several. */
export function hardshipCondition(set: HardshipSet): Condition {
  const leaves: LeafCondition[] = set.values.map((value) => ({ fact: 'hardship', operator: set.operator, value }));
  if (leaves.length === 1) return leaves[0]!;
  if (leaves.length === 0) return { fact: 'hardship', operator: set.operator, value: null };
  return set.operator === 'contains' ? { any: leaves } : { all: leaves };
}
