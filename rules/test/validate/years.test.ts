import { describe, expect, test } from 'vitest';
import { CHINESE, errorsOf, ruleSet, validate } from './factory.js';

describe('years', () => {
  test('reports a first year without region figures at /year', () => {
    const v = validate(ruleSet({ year: 2023, tests: [] }));
    expect(v.errors).toEqual([{ path: '/year', code: 'YEAR_NOT_CONFIGURED', message: expect.stringContaining('2023年') }]);
    expect(v.errors[0]!.message).toMatch(CHINESE);
  });

  test('reports every later year without region figures at /lastYear', () => {
    expect(errorsOf(ruleSet({ year: 2025, lastYear: 2028 }))).toEqual(['YEAR_NOT_CONFIGURED /lastYear', 'YEAR_NOT_CONFIGURED /lastYear']);
    const messages = validate(ruleSet({ year: 2025, lastYear: 2028 })).errors.map((e) => e.message);
    expect(messages[0]).toContain('2027年');
    expect(messages[1]).toContain('2028年');
  });

  test('reports each year of a span where none is configured', () => {
    expect(errorsOf(ruleSet({ year: 2030, lastYear: 2031, tests: [] }))).toEqual([
      'YEAR_NOT_CONFIGURED /year',
      'YEAR_NOT_CONFIGURED /lastYear',
    ]);
  });

  test('accepts a span of configured years', () => {
    expect(errorsOf(ruleSet({ year: 2024, lastYear: 2026 }))).toEqual([]);
  });

  test.each([
    ['missing', undefined],
    ['text', '2025'],
    ['fractional', 2025.5],
    ['beyond exact integers', 1e21],
  ])('refuses a year that is %s', (_, year) => {
    expect(errorsOf(ruleSet({ year }))).toEqual(['BAD_FIELD /year']);
  });

  test('refuses a lastYear before the year, or not an integer, or absurdly far', () => {
    expect(errorsOf(ruleSet({ lastYear: 2024 }))).toEqual(['BAD_FIELD /lastYear']);
    expect(errorsOf(ruleSet({ lastYear: '2026' }))).toEqual(['BAD_FIELD /lastYear']);
    expect(errorsOf(ruleSet({ lastYear: 20255 }))).toEqual(['BAD_FIELD /lastYear']);
  });
});
