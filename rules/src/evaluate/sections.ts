/** A section's amount under its hit policy: the one place FIRST, MAX and SUM are applied. */
import type { Section, SectionOutcomeFen } from '../types.js';
import type { Fen } from '../money.js';
import { amountFen } from './amount.js';
import { compileCondition } from './condition.js';
import type { Facts } from './facts.js';

/** Whether rule `r` of the section holds for the member. */
export type Held = (r: number) => boolean;

/**
 * One section's amount (fen) and the ids of the rules that count, by hit policy (RULESET.md): FIRST the first
 * holding rule; MAX the largest amount (ties: the first listed); SUM all holding rules, added; none: 0.
 */
export function sectionOutcome(section: Pick<Section, 'key' | 'hitPolicy' | 'rules'>, facts: Facts, held: Held): SectionOutcomeFen {
  let amount = 0;
  const ruleIds: string[] = [];
  for (let r = 0; r < section.rules.length; r++) {
    if (!held(r)) continue;
    const rule = section.rules[r]!;
    const fen = amountFen(rule.amount, facts);
    if (section.hitPolicy === 'FIRST') return { key: section.key, amount: fen, ruleIds: [rule.id] };
    if (section.hitPolicy === 'SUM') {
      amount += fen;
      ruleIds.push(rule.id);
    } else if (ruleIds.length === 0 || fen > amount) {
      amount = fen;
      ruleIds[0] = rule.id;
    }
  }
  return { key: section.key, amount: amount as Fen, ruleIds };
}

/** A section whose conditions are compiled once: its outcome for any member's facts. */
export type CompiledSection = (facts: Facts) => SectionOutcomeFen;

export function compileSection(section: Pick<Section, 'key' | 'hitPolicy' | 'rules'>): CompiledSection {
  const held = section.rules.map((r) => compileCondition(r.when));
  return (facts) => sectionOutcome(section, facts, (r) => held[r]!(facts));
}
