import type { PolicySource, PolicyYear } from '../types.js';
import type { Issues } from './issues.js';
import type { Obj } from './shape.js';
import { shown } from './shape.js';

/** The longest span `year`…`lastYear` a standard may cover (a guard against a typo like 20255). */
export const MAX_YEARS = 20;

export interface CoveredYears {
  /** The first scheme year, when `year` is an integer. */
  first?: number;
  /** The region policies of the covered years that are configured, in year order. */
  policies: PolicyYear[];
}

/**
 * `year` is a required integer, `lastYear` an optional one, not before `year` and at most MAX_YEARS
 * years in all (BAD_FIELD). Every year from `year` to `lastYear` needs its region policy:
 * YEAR_NOT_CONFIGURED, at `/year` for the first year and at `/lastYear` for each later one.
 */
export function checkYears(issues: Issues, doc: Obj, policies: PolicySource): CoveredYears {
  const first = doc.year;
  if (!Number.isSafeInteger(first)) {
    const text = first === undefined ? '规则集缺少补助年度（year）' : `补助年度（year）应为整数年份，现为${shown(first)}`;
    issues.error('/year', 'BAD_FIELD', `${text}：请填写，例如2025`);
    return { policies: [] };
  }
  const year = first as number;
  const last = lastYearOf(issues, doc.lastYear, year);
  const found: PolicyYear[] = [];
  for (let y = year; y <= last; y++) {
    const policy = policies(y);
    if (policy) {
      found.push(policy);
      continue;
    }
    const path = y === year ? '/year' : '/lastYear';
    issues.error(path, 'YEAR_NOT_CONFIGURED', `${y}年的区级缴费档次尚未配置：请改为已配置的年度，或请区管理员先录入${y}年的档次和补贴`);
  }
  return { first: year, policies: found };
}

function lastYearOf(issues: Issues, value: unknown, year: number): number {
  if (value === undefined) return year;
  if (!Number.isSafeInteger(value)) {
    issues.error(
      '/lastYear',
      'BAD_FIELD',
      `最后补助年度（lastYear）应为整数年份，现为${shown(value)}：请改为例如${year + 2}，只补一年请删除此项`,
    );
    return year;
  }
  const last = value as number;
  if (last < year) {
    issues.error('/lastYear', 'BAD_FIELD', `最后补助年度（lastYear）${last}早于补助年度${year}：请改为${year}或以后的年份`);
    return year;
  }
  if (last - year + 1 > MAX_YEARS) {
    issues.error('/lastYear', 'BAD_FIELD', `补助年度${year}到${last}超过${MAX_YEARS}年：请核对最后补助年度（lastYear）`);
    return year;
  }
  return last;
}
