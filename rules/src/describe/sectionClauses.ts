/**
 * One section of a rule set as notice clauses (clauses.ts), read the plainest way its shape allows: by the year's
 * tiers when only the contribution counts (every tier's amount worked out by the evaluator), by hardship category
 * for a checklist whose categories never add up, as bands for a ladder of thresholds, else rule by rule.
 */
import { alwaysTrue } from '../checks/implication.js';
import { GATED_FACTS } from '../evaluate/facts.js';
import { compileSection } from '../evaluate/sections.js';
import type { Fen } from '../money.js';
import {
  HARDSHIP_CATEGORIES,
  type Hardship,
  type HitPolicy,
  type LeafCondition,
  type PolicyYear,
  type Rule,
  type Section,
} from '../types.js';
import type { Clause, SectionClauses, Who } from './clauses.js';
import { dependsOnlyOn, isHardshipChecklist, leavesOf, thresholdLadder } from './sectionShapes.js';

export function sectionClauses(section: Section, policy?: PolicyYear | null): SectionClauses {
  const base = { key: String(section.key ?? ''), label: String(section.label ?? section.key ?? '') };
  const rules = Array.isArray(section.rules) ? section.rules : [];
  const s = { ...section, rules };
  if (rules.length === 0) return { ...base, combine: null, clauses: [] };
  if (policy && dependsOnlyOn(s, 'contribution')) return { ...base, combine: null, clauses: tierClauses(s, policy) };
  const combine: HitPolicy | null = rules.length > 1 ? s.hitPolicy : null;
  // By category only where the categories of one member never add up: MAX, or a single rule.
  if (isHardshipChecklist(s) && (s.hitPolicy === 'MAX' || rules.length === 1)) return { ...base, combine, clauses: hardshipClauses(s) };
  const ladder = thresholdLadder(s);
  if (ladder) return { ...base, combine: null, clauses: ladderClauses(rules, ladder) };
  return { ...base, combine, clauses: rules.map((r) => ({ who: whoOf(r), pays: { kind: 'amount', amount: r?.amount } })) };
}

function whoOf(rule: Rule | undefined): Who {
  const when = rule?.when;
  return leavesOf(when) !== null && alwaysTrue(when!) ? { kind: 'everyone' } : { kind: 'condition', condition: when };
}

/** Tier by tier of the year, neighbouring tiers paid the same (from the same rate, if one) in one clause. */
function tierClauses(section: Section, policy: PolicyYear): Clause[] {
  const paid = compileSection(section);
  const clauses: (Clause & { who: { kind: 'tiers' }; pays: { kind: 'fen' } })[] = [];
  for (const tier of [...policy.tiers].sort((a, b) => a.amount - b.amount)) {
    const { amount: fen, ruleIds } = paid({ ...GATED_FACTS, contribution: tier.amount });
    const rule = ruleIds.length === 1 ? section.rules.find((r) => r.id === ruleIds[0]) : undefined;
    const rate = rule && fen > 0 && 'rate' in rule.amount ? rule.amount : null;
    const last = clauses.at(-1);
    if (last && last.pays.fen === fen && JSON.stringify(last.pays.rate) === JSON.stringify(rate)) last.who.tiers.push(tier.amount);
    else clauses.push({ who: { kind: 'tiers', tiers: [tier.amount], all: false }, pays: { kind: 'fen', fen, rate } });
  }
  if (clauses.length === 1 && policy.tiers.length > 1) clauses[0]!.who.all = true;
  return clauses;
}

/** Category by category, the categories paid the same together, highest amount first; categories paid nothing left out. */
function hardshipClauses(section: Section): Clause[] {
  const paid = compileSection(section);
  const byFen = new Map<Fen, Hardship[]>();
  for (const category of HARDSHIP_CATEGORIES) {
    const { amount: fen } = paid({ ...GATED_FACTS, hardship: [category] });
    if (fen > 0) byFen.set(fen, [...(byFen.get(fen) ?? []), category]);
  }
  return [...byFen.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([fen, categories]) => ({ who: { kind: 'categories', categories }, pays: { kind: 'fen', fen, rate: null } }));
}

/** Rule i of a ladder pays from its threshold up to the threshold of the rule before it. */
function ladderClauses(rules: readonly Rule[], ladder: readonly LeafCondition[]): Clause[] {
  return rules.map((rule, i) => ({
    who: { kind: 'band', from: ladder[i]!, above: ladder[i - 1] ?? null },
    pays: { kind: 'amount', amount: rule.amount },
  }));
}
