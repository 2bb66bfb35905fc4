import type { Amount, LeafCondition, Rule, Section } from '@cunce/rules';

/**
 * The tier section as a table: each row "缴费档次 ≥ threshold → amount" is one rule
 * `{ all: [{ fact: contribution, operator: greaterThanInclusive, value }] }`. The rules are kept with the highest
 * threshold first and the section's hit policy FIRST, so a member gets the row of the highest threshold reached.
 */
export interface TierRow {
  ruleIndex: number;
  id: string;
  threshold: number;
  amount: Amount;
}

function thresholdLeaf(rule: Rule): LeafCondition | null {
  const when = rule.when as { all?: unknown };
  if (!Array.isArray(when.all) || when.all.length !== 1) return null;
  const leaf = when.all[0] as LeafCondition;
  return leaf?.fact === 'contribution' && leaf.operator === 'greaterThanInclusive' && typeof leaf.value === 'number' ? leaf : null;
}

/** The rows, lowest threshold first, or null when some rule does not have the table's shape. */
export function tierRowsOf(section: Section): TierRow[] | null {
  const rows: TierRow[] = [];
  for (const [ruleIndex, rule] of section.rules.entries()) {
    const leaf = thresholdLeaf(rule);
    if (!leaf) return null;
    rows.push({ ruleIndex, id: rule.id, threshold: leaf.value as number, amount: rule.amount });
  }
  return rows.sort((a, b) => a.threshold - b.threshold);
}

export function tierLabel(threshold: number): string {
  return `缴费${threshold}元及以上`;
}

export function tierRule(id: string, threshold: number, amount: Amount): Rule {
  return {
    id,
    label: tierLabel(threshold),
    when: { all: [{ fact: 'contribution', operator: 'greaterThanInclusive', value: threshold }] },
    amount,
  };
}

/** Highest threshold first (FIRST then pays the highest threshold reached). Stable for equal thresholds. */
export function sortTierRules(section: Section): void {
  const keyed = section.rules.map((rule, i) => ({ rule, i, t: (thresholdLeaf(rule)?.value as number) ?? -Infinity }));
  keyed.sort((a, b) => b.t - a.t || a.i - b.i);
  section.rules.splice(0, section.rules.length, ...keyed.map((k) => k.rule));
}

/**
 * Changes a row's threshold; the label follows when it was the generated one. The rules are not re-sorted here:
 * while a threshold is typed its row stays where it is (`sortTierRules` when the box is left).
 */
export function setTierThreshold(section: Section, ruleIndex: number, threshold: number): void {
  const rule = section.rules[ruleIndex];
  const leaf = rule && thresholdLeaf(rule);
  if (!rule || !leaf) return;
  if (rule.label === tierLabel(leaf.value as number)) rule.label = tierLabel(threshold);
  leaf.value = threshold;
}

/** The rows in the order of `ids` (the order shown when typing began); rows not in it go last. */
export function rowsInOrder(rows: readonly TierRow[], ids: readonly string[]): TierRow[] {
  const at = (r: TierRow) => (ids.includes(r.id) ? ids.indexOf(r.id) : ids.length);
  return [...rows].sort((a, b) => at(a) - at(b));
}

export function addTierRow(section: Section, id: string, threshold: number, amount: Amount): void {
  section.rules.push(tierRule(id, threshold, amount));
  section.hitPolicy = 'FIRST';
  sortTierRules(section);
}

/** A threshold for a new row: the next of the year's tiers above the highest row, or 100 more. */
export function nextThreshold(rows: readonly TierRow[], tiers: readonly number[]): number {
  const top = Math.max(0, ...rows.map((r) => r.threshold));
  return tiers.find((t) => t > top) ?? top + 100;
}
