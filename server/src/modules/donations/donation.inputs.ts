/** Checks of what clients send for donors, gifts and pools: Chinese messages naming the field, BAD_USER_INPUT. */
import { isIsoDate, yuanToFen, type PolicySource } from '@cunce/rules';
import { BadUserInput } from '../../errors.js';

/** A gift to one member; far above any cap, so only typing slips are refused. */
export const MAX_GIFT_YUAN = 1_000_000;
export const MAX_POOL_YUAN = 100_000_000;

/** A positive amount in yuan with at most two decimals, as integer fen. */
export function amountFen(field: string, label: string, yuan: number, maxYuan: number): number {
  const fen = yuanToFen(yuan);
  if (fen === null) throw new BadUserInput(`${label}（${field}）应为至多两位小数的金额（元），现为${yuan}`, { field });
  if (fen <= 0) throw new BadUserInput(`${label}（${field}）应大于0元，现为${yuan}`, { field });
  if (fen > maxYuan * 100) throw new BadUserInput(`${label}（${field}）不能超过${maxYuan}元，请核对金额`, { field });
  return fen;
}

/** Trimmed text or null when blank; BAD_USER_INPUT when longer than `max`. */
export function optionalText(field: string, label: string, value: string | null | undefined, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw new BadUserInput(`${label}（${field}）至多${max}个字，现为${text.length}个`, { field });
  return text === '' ? null : text;
}

export function requiredText(field: string, label: string, value: string, max: number): string {
  const text = optionalText(field, label, value, max);
  if (text === null) throw new BadUserInput(`请填写${label}（${field}）`, { field });
  return text;
}

/** A year whose region policy is configured (the cap of step 6 comes from it). */
export function checkYear(policies: PolicySource, year: number): void {
  if (!policies(year)) throw new BadUserInput(`${year}年度的自治区缴费档次尚未设置，不能登记该年度的社会资助（year）`, { field: 'year' });
}

export function optionalDate(field: string, value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  if (!isIsoDate(value.trim())) throw new BadUserInput(`${field} 应为有效日期，格式 YYYY-MM-DD，现为“${value}”`, { field });
  return value.trim();
}

/** A numeric id as sent in an ID argument, or null when it cannot be one. */
export function numericId(id: string): number | null {
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
