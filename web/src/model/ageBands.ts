import type { Amount, LeafCondition, Rule, Section } from '@cunce/rules';

/**
 * Age bands (一老一小): a rule "age ≥ from and age < to" (either end may be open) with an amount.
 * Leaves: `{ fact: age, operator: greaterThanInclusive, value: from }`, `{ fact: age, operator: lessThan, value: to }`.
 */
export interface AgeBand {
  ruleIndex: number;
  from: number | null;
  to: number | null;
  amount: Amount;
}

export function ageBandsOf(section: Section): AgeBand[] | null {
  const bands: AgeBand[] = [];
  for (const [ruleIndex, rule] of section.rules.entries()) {
    const leaves = (rule.when as { all?: LeafCondition[] }).all;
    if (!Array.isArray(leaves) || leaves.length < 1 || leaves.length > 2) return null;
    let from: number | null = null;
    let to: number | null = null;
    for (const l of leaves) {
      if (l?.fact !== 'age' || typeof l.value !== 'number') return null;
      if (l.operator === 'greaterThanInclusive' && from === null) from = l.value;
      else if (l.operator === 'lessThan' && to === null) to = l.value;
      else return null;
    }
    bands.push({ ruleIndex, from, to, amount: rule.amount });
  }
  return bands;
}

export function ageBandLabel(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return `${from}至${to - 1}周岁`;
  if (from !== null) return from <= 0 ? '任意年龄' : `${from}周岁及以上`;
  if (to !== null) return `不满${to}周岁`;
  return '任意年龄';
}

/** The rule of a band; with both ends open, "age ≥ 0": an empty condition group would be an error (RULESET.md). */
export function ageBandRule(id: string, from: number | null, to: number | null, amount: Amount): Rule {
  const all: LeafCondition[] = [];
  if (from === null && to === null) from = 0;
  if (from !== null) all.push({ fact: 'age', operator: 'greaterThanInclusive', value: from });
  if (to !== null) all.push({ fact: 'age', operator: 'lessThan', value: to });
  return { id, label: ageBandLabel(from, to), when: { all }, amount };
}

/** Rewrites one band's ends (the rule's conditions and, when it was the generated one, its label). */
export function setAgeBand(section: Section, ruleIndex: number, from: number | null, to: number | null): void {
  const rule = section.rules[ruleIndex];
  const band = ageBandsOf(section)?.find((b) => b.ruleIndex === ruleIndex);
  if (!rule || !band) return;
  const fresh = ageBandRule(rule.id, from, to, rule.amount);
  if (rule.label === ageBandLabel(band.from, band.to)) rule.label = fresh.label;
  rule.when = fresh.when;
}
