import { applyRate, rateToMicros, yuanToFen } from '../money.js';
import type { Amount, Section } from '../types.js';
import type { FactValues } from './conditionEval.js';
import { holds } from './conditionEval.js';

/**
 * What a validated rule pays when it holds, in fen: the fixed sum, or rate × the `of` fact (as yuan)
 * rounded half up to the fen, then held between `min` and `max`. An absent `of` fact pays 0.
 */
export function amountFen(amount: Amount, facts: FactValues): number {
  if ('fixed' in amount) return yuanToFen(amount.fixed) ?? 0;
  const base = facts[amount.of];
  if (typeof base !== 'number' || !Number.isFinite(base)) return 0;
  // A fact with more than two decimals (a village's measure) is taken to the nearest fen first.
  let fen = applyRate(yuanToFen(base) ?? Math.round(base * 100), rateToMicros(amount.rate) ?? 0);
  if (amount.min !== undefined) fen = Math.max(fen, yuanToFen(amount.min) ?? 0);
  if (amount.max !== undefined) fen = Math.min(fen, yuanToFen(amount.max) ?? 0);
  return fen;
}

/**
 * A section's amount in fen under its hit policy: FIRST the first holding rule, MAX the largest
 * amount (ties: the first listed), SUM all holding rules added; none holds: 0.
 */
export function sectionFen(section: Pick<Section, 'hitPolicy' | 'rules'>, facts: FactValues): number {
  let total = 0;
  let found = false;
  for (const rule of section.rules) {
    if (!holds(rule.when, facts)) continue;
    const fen = amountFen(rule.amount, facts);
    if (section.hitPolicy === 'FIRST') return fen;
    if (section.hitPolicy === 'SUM') total += fen;
    else total = found ? Math.max(total, fen) : fen;
    found = true;
  }
  return total;
}
