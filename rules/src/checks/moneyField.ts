import { rateToMicros, fromYuan } from '../money.js';
import type { Issues } from './issues.js';
import { shown } from './shape.js';

/**
 * A money value: a JSON number of yuan, not negative, at most two decimals; anything else is BAD_AMOUNT.
 * `what` names the field in Chinese ("第1节第3条规则的固定金额"). Returns the fen when it is good.
 */
export function moneyFen(issues: Issues, value: unknown, path: string, what: string): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.error(path, 'BAD_AMOUNT', `${what}应为金额数字（元），现为${shown(value)}：请改为例如100`);
    return undefined;
  }
  if (value < 0) {
    issues.error(path, 'BAD_AMOUNT', `${what}不能为负数（现为${value}元）：请改为0或正数`);
    return undefined;
  }
  const fen = fromYuan(value);
  if (fen === null) {
    const fix = Number.isSafeInteger(Math.round(value * 100))
      ? `最多2位小数（精确到分），请改为${roundedText(value, 2)}`
      : '太大，请改为实际金额';
    issues.error(path, 'BAD_AMOUNT', `${what}（${value}元）${fix}`);
    return undefined;
  }
  return fen;
}

/** A rate: a JSON number, not negative, at most 6 decimals (BAD_AMOUNT). Returns millionths. */
export function rateMicros(issues: Issues, value: unknown, path: string, what: string): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.error(path, 'BAD_AMOUNT', `${what}应为数字（如 0.08 表示8%），现为${shown(value)}：请改为小数`);
    return undefined;
  }
  if (value < 0) {
    issues.error(path, 'BAD_AMOUNT', `${what}不能为负数（现为${value}）：请改为0或正数`);
    return undefined;
  }
  const micros = rateToMicros(value);
  if (micros === null) {
    const fix = Number.isSafeInteger(Math.round(value * 1e6))
      ? `最多6位小数，请改为${roundedText(value, 6)}`
      : '太大，请改为实际比例（如 0.08 表示8%）';
    issues.error(path, 'BAD_AMOUNT', `${what}（${value}）${fix}`);
    return undefined;
  }
  return micros;
}

/** A non-negative number below 2^53 / 10^scale, as decimal text rounded half up to `scale` decimals. */
function roundedText(value: number, scale: number): string {
  const text = /e/i.test(String(value)) ? value.toFixed(20) : String(value);
  const [int, frac = ''] = text.split('.');
  const kept = BigInt(int + frac.slice(0, scale).padEnd(scale, '0'));
  const scaled = (frac[scale] ?? '0') >= '5' ? kept + 1n : kept;
  const digits = scaled.toString().padStart(scale + 1, '0');
  const result = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return result.replace(/\.?0+$/, '');
}
