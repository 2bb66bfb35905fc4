import type { RuleSet, SectionOutcome } from './types.js';
import type { Facts } from './evaluateFacts.js';
import { amountFen } from './evaluateAmount.js';

/** Whether rule `r` of section `s` holds for the member. */
export type Held = (s: number, r: number) => boolean;

/**
 * Every section in document order with its amount (fen) and the ids of the rules that count, by hit policy:
 * FIRST the first holding rule; MAX the largest amount (ties: the first listed); SUM all holding rules.
 */
export function evaluateSections(ruleSet: RuleSet, facts: Facts, held: Held): SectionOutcome[] {
  return ruleSet.sections.map((section, s) => {
    let amount = 0;
    const ruleIds: string[] = [];
    for (let r = 0; r < section.rules.length; r++) {
      if (!held(s, r)) continue;
      const rule = section.rules[r];
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
    return { key: section.key, amount, ruleIds };
  });
}
