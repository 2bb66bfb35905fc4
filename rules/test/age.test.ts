import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ageOnDay, asOfDay } from '../src/age.js';

describe('asOfDay', () => {
  test('is 31 December by default and for YEAR_END, 1 January for YEAR_START', () => {
    expect(asOfDay(2025)).toEqual({ month: 12, day: 31 });
    expect(asOfDay(2025, 'YEAR_END')).toEqual({ month: 12, day: 31 });
    expect(asOfDay(2025, 'YEAR_START')).toEqual({ month: 1, day: 1 });
  });

  test('reads MM-DD, with 02-29 falling on 02-28 in a common year only', () => {
    expect(asOfDay(2025, '07-01')).toEqual({ month: 7, day: 1 });
    expect(asOfDay(2025, '02-29')).toEqual({ month: 2, day: 28 });
    expect(asOfDay(2024, '02-29')).toEqual({ month: 2, day: 29 });
  });
});

describe('ageOnDay', () => {
  test('counts full years at the year end by default', () => {
    expect(ageOnDay('1965-12-31', 2025)).toBe(60);
    expect(ageOnDay('1966-01-01', 2025)).toBe(59);
  });

  test('gives one year less at YEAR_START than at YEAR_END for anyone not born on 1 January', () => {
    expect(ageOnDay('1965-06-15', 2025, 'YEAR_END')).toBe(60);
    expect(ageOnDay('1965-06-15', 2025, 'YEAR_START')).toBe(59);
    expect(ageOnDay('1965-01-01', 2025, 'YEAR_START')).toBe(60);
  });

  test('adds the year on the birthday itself, not the day after', () => {
    expect(ageOnDay('1965-07-01', 2025, '07-01')).toBe(60);
    expect(ageOnDay('1965-07-02', 2025, '07-01')).toBe(59);
  });

  test('one born on 29 February reaches the new age on 1 March in a common year', () => {
    expect(ageOnDay('1964-02-29', 2025, '02-28')).toBe(60);
    expect(ageOnDay('1964-02-29', 2025, '03-01')).toBe(61);
  });

  test('one born on 29 February reaches the new age on 29 February in a leap year', () => {
    expect(ageOnDay('1964-02-29', 2024, '02-28')).toBe(59);
    expect(ageOnDay('1964-02-29', 2024, '02-29')).toBe(60);
  });

  test('an ageAsOf of 02-29 in a common year is 02-28, before a 1 March birthday', () => {
    expect(ageOnDay('1965-03-01', 2025, '02-29')).toBe(59);
    expect(ageOnDay('1965-02-28', 2025, '02-29')).toBe(60);
  });

  test('reads every birth date and setting as comparing the months and then the days would', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const settings = fc.constantFrom(undefined, 'YEAR_END', 'YEAR_START', '02-29', '02-28', '03-01', '06-30', '12-31', 'bad');
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1990, max: 2100 }),
        settings,
        (y, m, d, year, asOf) => {
          const birth = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const on = asOfDay(year, asOf);
          const leap = (x: number) => (x % 4 === 0 && x % 100 !== 0) || x % 400 === 0;
          const day = m === 2 && d === 29 && !leap(year) ? { month: 3, day: 1 } : { month: m, day: d };
          const reached = on.month > day.month || (on.month === day.month && on.day >= day.day);
          expect(ageOnDay(birth, year, asOf)).toBe(year - y - (reached ? 0 : 1));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
