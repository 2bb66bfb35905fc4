import type { Amount } from './types.js';
import type { Facts } from './evaluateFacts.js';
import { rateToMicros, yuanToFen } from './money.js';

/**
 * A rule's amount in fen for a member: a fixed sum, or rate × a numeric fact, computed in integers and
 * rounded half up to the fen, then held between `min` and `max`. An absent `of` fact pays 0.
 */
export function amountFen(amount: Amount, facts: Facts): number {
  if ('fixed' in amount) return yuanToFen(amount.fixed) ?? 0;
  const base = facts[amount.of];
  if (typeof base !== 'number' || !Number.isFinite(base)) return 0;
  let fen = rateTimes(rateToMicros(amount.rate) ?? 0, base);
  if (amount.min !== undefined) fen = Math.max(fen, yuanToFen(amount.min) ?? 0);
  if (amount.max !== undefined) fen = Math.min(fen, yuanToFen(amount.max) ?? 0);
  return fen;
}

/** `micros / 10^6 × value` yuan in fen, half up, exact for any decimal `value`. */
function rateTimes(micros: number, value: number): number {
  const { digits, scale } = decimalParts(value);
  // fen = micros × digits × 100 / (10^6 × 10^scale), rounded half up (values are ≥ 0 after validation).
  const numerator = BigInt(micros) * digits * 100n;
  const denominator = 10n ** BigInt(6 + scale);
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const rounded = (abs * 2n + denominator) / (2n * denominator);
  return Number(negative ? -rounded : rounded);
}

/** A finite number as integer digits and a decimal scale, from its shortest decimal text. */
function decimalParts(value: number): { digits: bigint; scale: number } {
  let text = String(value);
  if (/e/i.test(text)) text = value.toFixed(20).replace(/\.?0+$/, '');
  const negative = text.startsWith('-');
  const [int, frac = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = BigInt(int + frac);
  return { digits: negative ? -digits : digits, scale: frac.length };
}
