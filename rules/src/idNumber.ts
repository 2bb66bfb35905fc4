/**
 * Resident ID numbers (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd for men), and an ISO 7064 MOD 11-2 check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdNumberResult =
  { ok: true; idNumber: string; birthDate: string; gender: 'M' | 'F' } | { ok: false; code: 'BAD_ID_NUMBER'; message: string };

/** The check character for the first 17 digits. */
export function checkCharOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Parses and checks an ID number; a lower-case `x` is accepted and returned upper-case. Never throws. */
export function parseIdNumber(raw: string): IdNumberResult {
  return parseValid(raw) ?? explainInvalid(raw);
}

/**
 * The result for a valid number, or undefined: one pass over the character codes, with no regular expression
 * or intermediate string (a roster of 2,000 members is checked on every settlement). `explainInvalid` says
 * what is wrong with the others.
 */
function parseValid(raw: string): IdNumberResult | undefined {
  if (typeof raw !== 'string' || raw.length !== 18) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const digit = raw.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    sum += digit * WEIGHTS[i]!;
  }
  const last = raw.charCodeAt(17);
  const check = last === 120 /* x */ ? 'X' : raw[17]!;
  if (check !== CHECK_CHARS[sum % 11]) return undefined;
  const digits = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) n = n * 10 + raw.charCodeAt(i) - 48;
    return n;
  };
  const y = digits(6, 10);
  const m = digits(10, 12);
  const d = digits(12, 14);
  if (y < 1800 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const id = last === 120 ? raw.slice(0, 17) + 'X' : raw;
  const birthDate = `${raw.slice(6, 10)}-${raw.slice(10, 12)}-${raw.slice(12, 14)}`;
  return { ok: true, idNumber: id, birthDate, gender: (raw.charCodeAt(16) - 48) % 2 === 1 ? 'M' : 'F' };
}

/** The first problem of a number `parseValid` refused, in the order a cadre would check it. */
function explainInvalid(raw: string): IdNumberResult {
  const bad = (message: string) => ({ ok: false, code: 'BAD_ID_NUMBER', message }) as const;
  if (typeof raw !== 'string') return bad('身份证号应为18位的文字');
  if (raw.length !== 18) return bad(`身份证号应为18位，现为${raw.length}位`);
  const id = raw.toUpperCase();
  if (!/^\d{17}$/.test(id.slice(0, 17))) return bad('身份证号前17位应全为数字');
  if (!/^[\dX]$/.test(id[17]!)) return bad(`身份证号最后一位应为数字或X，现为“${raw[17]}”`);
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const dateProblem = birthDateProblem(birthDate);
  if (dateProblem) return bad(`身份证号中的出生日期${id.slice(6, 14)}不存在：${dateProblem}`);
  const expected = checkCharOf(id);
  if (id[17] !== expected) return bad(`身份证号校验位错误：按前17位应为“${expected}”，现为“${raw[17]}”，请核对号码`);
  return { ok: true, idNumber: id, birthDate, gender: Number(id[16]) % 2 === 1 ? 'M' : 'F' };
}

/** Why a YYYY-MM-DD date cannot exist, or null when it can. A date in the future is not judged here. */
function birthDateProblem(date: string): string | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (y < 1800) return `出生年份${y}早于1800年`;
  if (m < 1 || m > 12) return `月份${String(m).padStart(2, '0')}不存在`;
  if (m === 2 && d === 29 && !isLeapYear(y)) return `${y}年不是闰年，没有2月29日`;
  const days = daysInMonth(y, m);
  if (d < 1 || d > days) return `${m}月没有${d}日（只有${days}天）`;
  return null;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The ID number with the 8 characters between the first 6 and the last 4 shown as `*`. */
export function maskIdNumber(id: string): string {
  if (id.length <= 10) return id;
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

/** A valid ID number from an address code, a YYYY-MM-DD birth date and a 3-digit sequence (odd: M). */
export function makeIdNumber(prefix6: string, birthDate: string, seq3: string): string {
  const first17 = prefix6 + birthDate.replaceAll('-', '') + seq3;
  return first17 + checkCharOf(first17);
}
