import { describe, expect, test } from 'vitest';
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
});
