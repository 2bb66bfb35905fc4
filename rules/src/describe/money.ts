import { fenToYuan, rateToMicros, yuanToFen } from '../money.js';

/** Fen as yuan in a sentence: 3000 → "30", 3050 → "30.50" (no thousands separators, as notices print them). */
export function yuanText(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : fenToYuan(fen).toFixed(2);
}

/** A yuan amount of the document in a sentence. */
export function docYuanText(yuan: number): string {
  return yuanText(yuanToFen(yuan) ?? Math.round(yuan * 100));
}

/** A rate as a percentage: 0.08 → "8%", 0.075 → "7.5%". */
export function percentText(rate: number): string {
  const micros = rateToMicros(rate) ?? Math.round(rate * 1_000_000);
  return `${micros / 10_000}%`;
}

/** "a", "a或b", "a、b或c". */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('、')}或${items.at(-1)}`;
}
