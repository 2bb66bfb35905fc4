import { ageOnDay } from '../age.js';
import { makeIdNumber, parseIdNumber } from '../idNumber.js';

/**
 * A fictitious valid ID number that gives a member the same facts as `idNumber` in `year` (age on the
 * `ageAsOf` day and gender) without its birth date: born on 1 January, age years before `year`, sequence
 * 99x. Readers who may not see ID numbers whole get test cases with these, so masking never changes a result
 * (issue 14 item 1). An invalid number is returned unchanged: its case fails for everyone alike.
 */
export function fictitiousIdNumber(idNumber: string, year: number, ageAsOf?: string): string {
  const parsed = parseIdNumber(idNumber);
  if (!parsed.ok) return idNumber;
  const age = ageOnDay(parsed.birthDate, year, ageAsOf);
  const born = String(year - age).padStart(4, '0');
  return makeIdNumber(parsed.idNumber.slice(0, 6), `${born}-01-01`, parsed.gender === 'M' ? '991' : '990');
}

/** Whether an ID number is one `fictitiousIdNumber` made (born 1 January, sequence 990 or 991). */
export function isFictitiousIdNumber(idNumber: string): boolean {
  return /^\d{6}\d{4}0101(990|991)[\dX]$/.test(idNumber);
}
