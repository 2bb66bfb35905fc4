import { fromYuan, rateToMicros, toYuan, type Fen } from '../money.js';

/** Fen as yuan in a sentence: 3000 → "30", 3050 → "30.50" (no thousands separators, as notices print them). */
export function yuanText(fen: Fen): string {
  return fen % 100 === 0 ? String(toYuan(fen)) : toYuan(fen).toFixed(2);
}

/** A yuan amount of the document in a sentence (as written when it is not a sum of fen: a document that does not validate). */
export function docYuanText(yuan: number): string {
  const fen = fromYuan(yuan);
  return fen === null ? String(yuan) : yuanText(fen);
}

/** A rate as a percentage: 0.08 → "8%", 0.075 → "7.5%". */
export function percentText(rate: number): string {
  const micros = rateToMicros(rate);
  return micros === null ? `${rate * 100}%` : `${micros / 10_000}%`;
}

/** "a", "a或b", "a、b或c". */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('、')}或${items.at(-1)}`;
}
