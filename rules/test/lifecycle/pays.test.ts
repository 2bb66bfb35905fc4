import { describe, expect, test } from 'vitest';
import { payingScheme, paysFor } from '../../src/lifecycle/pays.js';

describe('whether a scheme pays for a year', () => {
  const filed = { status: 'FILED' as const, filedVersion: { year: 2025, lastYear: 2026 } };

  test('a filed scheme pays for each year its filed version covers', () => {
    expect(paysFor(filed, 2025)).toBe(true);
    expect(paysFor(filed, 2026)).toBe(true);
    expect(paysFor(filed, 2024)).toBe(false);
    expect(paysFor(filed, 2027)).toBe(false);
  });

  test('a filed version without lastYear covers its own year only', () => {
    expect(paysFor({ status: 'FILED', filedVersion: { year: 2025 } }, 2025)).toBe(true);
    expect(paysFor({ status: 'FILED', filedVersion: { year: 2025 } }, 2026)).toBe(false);
  });

  test('an amendment in progress keeps the filed version paying', () => {
    expect(paysFor({ ...filed, status: 'DRAFT' }, 2025)).toBe(true);
    expect(paysFor({ ...filed, status: 'SUBMITTED' }, 2025)).toBe(true);
  });

  test('a suspended scheme or one never filed does not pay', () => {
    expect(paysFor({ ...filed, status: 'SUSPENDED' }, 2025)).toBe(false);
    expect(paysFor({ status: 'SUBMITTED', filedVersion: null }, 2025)).toBe(false);
  });

  test('the paying scheme that starts latest wins', () => {
    const older = { id: 'a', year: 2024, ...filed, filedVersion: { year: 2024, lastYear: 2026 } };
    const newer = { id: 'b', year: 2025, ...filed, filedVersion: { year: 2025, lastYear: 2025 } };
    expect(payingScheme([older, newer], 2025)?.id).toBe('b');
    expect(payingScheme([older, newer], 2026)?.id).toBe('a');
    expect(payingScheme([older, newer], 2027)).toBeNull();
  });
});
