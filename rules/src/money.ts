/**
 * Money: yuan at the edges, integer fen inside. Conversions go through the decimal text of a number,
 * never through floating-point multiplication, so 0.29 yuan is 29 fen and not 28.999….
 */

/** The yuan amount as integer fen, or null when it is not a finite number with at most two decimals. */
export function yuanToFen(yuan: number): number | null {
  return decimalToScaled(yuan, 2);
}

/** Integer fen as yuan (a number with at most two decimals). */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** A rate as integer millionths (at most 6 decimals), or null. */
export function rateToMicros(rate: number): number | null {
  return decimalToScaled(rate, 6);
}

/** `value × 10^scale` exactly, or null when the number has more than `scale` decimals or is not finite. */
export function decimalToScaled(value: number, scale: number): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const text = toPlainDecimal(value);
  const negative = text.startsWith('-');
  const [intPart, fracPart = ''] = (negative ? text.slice(1) : text).split('.');
  if (fracPart.length > scale) return null;
  const scaled = Number(intPart + fracPart.padEnd(scale, '0'));
  if (!Number.isSafeInteger(scaled)) return null;
  return negative ? -scaled : scaled;
}

function toPlainDecimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Exponent notation (1e-7, 1.5e21): expand it so the decimal count is visible.
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** `fen × micros / 1,000,000`, rounded half up to the fen, in exact integer arithmetic. */
export function applyRate(fen: number, micros: number): number {
  const product = BigInt(fen) * BigInt(micros);
  const million = 1_000_000n;
  return Number((product * 2n + million) / (2n * million));
}
