import { isLeapYear } from './idNumber.js';

/**
 * Age in full years (周岁) on the scheme year's `ageAsOf` day (RULESET.md `ageAsOf` and the fact `age`).
 */

export interface MonthDay {
  month: number;
  day: number;
}

/**
 * The day of `year` on which age is taken: `YEAR_END` (default) 12-31, `YEAR_START` 01-01, or `MM-DD`;
 * `02-29` is 02-28 in a common year. Anything unreadable counts as `YEAR_END` (validation reports it).
 */
export function asOfDay(year: number, ageAsOf: string = 'YEAR_END'): MonthDay {
  if (ageAsOf === 'YEAR_START') return { month: 1, day: 1 };
  const m = /^(\d\d)-(\d\d)$/.exec(ageAsOf);
  if (!m) return { month: 12, day: 31 };
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month === 2 && day === 29 && !isLeapYear(year)) return { month: 2, day: 28 };
  return { month, day };
}

/**
 * Full years on the `ageAsOf` day of `year` for a YYYY-MM-DD birth date. A year is added on the birthday;
 * one born on 29 February adds it on 1 March in a common year. Read digit by digit, the day compared as
 * month × 32 + day: a roster's members are all checked with it (twice each), so it makes no object.
 */
export function ageOnDay(birthDate: string, year: number, ageAsOf?: string): number {
  const by = digits(birthDate, 0, 4);
  let bm = digits(birthDate, 5, 2);
  let bd = digits(birthDate, 8, 2);
  if (Number.isNaN(by + bm + bd) || birthDate.length !== 10 || birthDate[4] !== '-' || birthDate[7] !== '-')
    return ageOfParts(birthDate, year, ageAsOf);
  if (bm === 2 && bd === 29 && !isLeapYear(year)) [bm, bd] = [3, 1];
  const reached = asOfKey(year, ageAsOf) >= bm * 32 + bd;
  return year - by - (reached ? 0 : 1);
}

/** The same for a date not written as YYYY-MM-DD (read as its parts split on "-", as before). */
function ageOfParts(birthDate: string, year: number, ageAsOf?: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const asOf = asOfDay(year, ageAsOf);
  const birthday = bm === 2 && bd === 29 && !isLeapYear(year) ? { month: 3, day: 1 } : { month: bm, day: bd };
  const reached = asOf.month > birthday.month || (asOf.month === birthday.month && asOf.day >= birthday.day);
  return year - by - (reached ? 0 : 1);
}

/** The number written at text[start, start + length), NaN if any of it is not a digit. */
function digits(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** asOfDay as month × 32 + day, the usual days looked up without reading the setting again. */
function asOfKey(year: number, ageAsOf?: string): number {
  if (ageAsOf === undefined || ageAsOf === 'YEAR_END') return 12 * 32 + 31;
  if (ageAsOf === 'YEAR_START') return 32 + 1;
  const { month, day } = asOfDay(year, ageAsOf);
  return month * 32 + day;
}
