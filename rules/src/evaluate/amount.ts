/** What one rule pays a member: the only place a rule's amount is worked out. */
import type { Amount } from '../types.js';
import { fromYuan, rateOfYuan, rateToMicros, type Fen } from '../money.js';
import type { Facts } from './facts.js';

/**
 * A rule's amount in fen for a member (RULESET.md `amount`): a fixed sum, or rate × a numeric fact computed
 * in integers and rounded half up to the fen (`rateOfYuan`, the one rounding), then held between `min` and
 * `max`. An absent `of` fact pays 0, whatever `min` says. 0.5 × 0.125 yuan is 6.25 fen: 6 fen.
 */
export function amountFen(amount: Amount, facts: Facts): Fen {
  if ('fixed' in amount) return fromYuan(amount.fixed) ?? (0 as Fen);
  const base = facts[amount.of];
  if (typeof base !== 'number' || !Number.isFinite(base)) return 0 as Fen;
  let fen = rateOfYuan(rateToMicros(amount.rate) ?? 0, base);
  if (amount.min !== undefined) fen = Math.max(fen, fromYuan(amount.min) ?? 0) as Fen;
  if (amount.max !== undefined) fen = Math.min(fen, fromYuan(amount.max) ?? 0) as Fen;
  return fen;
}
