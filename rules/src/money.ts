/**
 * Money: yuan at the edges, integer fen inside (the branded type `Fen`). `fromYuan` and `toYuan` are the one
 * mapping between them; they go through the decimal text of a number, never through floating-point
 * multiplication, so 0.29 yuan is 29 fen and not 28.999…. Every rounding half up goes through `roundHalfUp`.
 */

declare const FEN: unique symbol;
/** An integer number of fen (0.01 yuan). A plain number is not one: make it with `fromYuan` or `fen`. */
export type Fen = number & { readonly [FEN]: true };

/** The yuan amount as integer fen, or null when it is not a finite number with at most two decimals. */
export function fromYuan(yuan: number): Fen | null {
  return decimalToScaled(yuan, 2) as Fen | null;
}

/** Integer fen as yuan (a number with at most two decimals). */
export function toYuan(fen: Fen): number {
  return fen / 100;
}

/** A whole number already counted in fen (a stored amount, a sum of fen) as `Fen`; throws on anything else. */
export function fen(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a whole number of fen: ${n}`);
  return n as Fen;
}

/** @deprecated `fromYuan`: the same mapping, under the name the server still uses. */
export const yuanToFen: (yuan: number) => Fen | null = fromYuan;
/** @deprecated `toYuan`: the same mapping for the server's stored integers, not typed `Fen` yet. */
export const fenToYuan = toYuan as (fen: number) => number;

/** A rate as integer millionths (at most 6 decimals), or null. */
export function rateToMicros(rate: number): number | null {
  return decimalToScaled(rate, 6);
}

/** `numerator / denominator` (denominator > 0) rounded half up, away from zero for a negative numerator. */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const rounded = (abs * 2n + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

/** `micros / 10^6 × value` yuan in fen, rounded half up, exact for any decimal `value` (RULESET.md: a rate amount). */
export function rateOfYuan(micros: number, value: number): Fen {
  const { digits, scale } = decimalParts(value);
  // fen = micros × digits × 100 / (10^6 × 10^scale)
  return Number(roundHalfUp(BigInt(micros) * digits * 100n, 10n ** BigInt(6 + scale))) as Fen;
}

/** `fen × micros / 10^6`, rounded half up to the fen (interest on a balance). */
export function applyRate(fen: number, micros: number): number {
  return Number(roundHalfUp(BigInt(fen) * BigInt(micros), 1_000_000n));
}

/** `value × 10^scale` exactly, or null when the number has more than `scale` decimals or is not finite. */
export function decimalToScaled(value: number, scale: number): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const parts = decimalParts(value);
  if (parts.scale > scale) return null;
  const scaled = Number(parts.digits * 10n ** BigInt(scale - parts.scale));
  return Number.isSafeInteger(scaled) ? scaled : null;
}

/** A finite number as integer digits and a decimal scale, from its shortest decimal text (1.25 → 125, 2). */
export function decimalParts(value: number): { digits: bigint; scale: number } {
  if (Math.abs(value) >= 1e21) return { digits: BigInt(value), scale: 0 }; // a whole number, exactly
  let text = String(value);
  // Exponent notation (1e-7, 1.5e21): expand it so the decimal count is visible.
  if (/e/i.test(text)) text = value.toFixed(20).replace(/\.?0+$/, '');
  const negative = text.startsWith('-');
  const [int, frac = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = BigInt(int + frac);
  return { digits: negative ? -digits : digits, scale: frac.length };
}
