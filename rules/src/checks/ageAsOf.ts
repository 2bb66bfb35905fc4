import type { Issues } from './issues.js';
import type { Obj } from './shape.js';
import { shown } from './shape.js';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `ageAsOf` (optional) is `YEAR_END`, `YEAR_START` or a day of the year as `MM-DD`, a day that exists in
 * a leap year (`02-29` allowed: it means 02-28 in a common year); else BAD_FIELD. Returns it when good.
 */
export function checkAgeAsOf(issues: Issues, doc: Obj): string | undefined {
  const value = doc.ageAsOf;
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isAgeAsOf(value)) return value;
  issues.error(
    '/ageAsOf',
    'BAD_FIELD',
    `年龄计算日（ageAsOf）不能是${shown(value)}：请改为“YEAR_END”（年末）、“YEAR_START”（年初）或“月-日”，例如“07-01”`,
  );
  return undefined;
}

export function isAgeAsOf(value: string): boolean {
  if (value === 'YEAR_END' || value === 'YEAR_START') return true;
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}
