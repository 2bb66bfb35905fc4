import { HARDSHIP_CATEGORIES, type Amount, type Hardship, type LeafCondition, type Rule, type Section } from '@cunce/rules';
import { HARDSHIP_LABELS } from '@cunce/rules';

/**
 * The hardship checklist: one rule per ticked category, `{ any: [{ fact: hardship, operator: contains, value }] }`,
 * kept in the categories' order (what FIRST goes by).
 */
export interface HardshipRow {
  category: Hardship;
  ruleIndex: number | null;
  amount: Amount | null;
}

function categoryOf(rule: Rule): Hardship | null {
  const w = rule.when as { any?: LeafCondition[]; all?: LeafCondition[] };
  const leaves = w.any ?? w.all;
  if (!Array.isArray(leaves) || leaves.length !== 1) return null;
  const l = leaves[0]!;
  return l.fact === 'hardship' && l.operator === 'contains' && HARDSHIP_CATEGORIES.includes(l.value as Hardship)
    ? (l.value as Hardship)
    : null;
}

/** All eight categories, ticked or not; null when a rule is not of the checklist's shape or a category repeats. */
export function hardshipRowsOf(section: Section): HardshipRow[] | null {
  const byCategory = new Map<Hardship, number>();
  for (const [i, rule] of section.rules.entries()) {
    const c = categoryOf(rule);
    if (!c || byCategory.has(c)) return null;
    byCategory.set(c, i);
  }
  return HARDSHIP_CATEGORIES.map((category) => {
    const i = byCategory.get(category);
    return { category, ruleIndex: i ?? null, amount: i === undefined ? null : section.rules[i]!.amount };
  });
}

export function hardshipRule(id: string, category: Hardship, amount: Amount): Rule {
  return { id, label: HARDSHIP_LABELS[category]!, when: { any: [{ fact: 'hardship', operator: 'contains', value: category }] }, amount };
}

/** Ticks a category: its rule goes where the categories' order puts it. */
export function tickHardship(section: Section, rule: Rule, category: Hardship): void {
  const order = HARDSHIP_CATEGORIES.indexOf(category);
  const at = section.rules.findIndex((r) => HARDSHIP_CATEGORIES.indexOf(categoryOf(r) ?? 'OTHER_HARDSHIP') > order);
  section.rules.splice(at === -1 ? section.rules.length : at, 0, rule);
}

export function untickHardship(section: Section, category: Hardship): void {
  const i = section.rules.findIndex((r) => categoryOf(r) === category);
  if (i !== -1) section.rules.splice(i, 1);
}
