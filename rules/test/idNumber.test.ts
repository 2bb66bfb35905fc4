import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { makeIdNumber, maskIdNumber, parseIdNumber } from '../src/idNumber.js';

/*
 * Known-valid numbers, check characters computed by hand (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2):
 * 11010519491231002X: 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167, 167 mod 11 = 2 → "X" (GB 11643's own example)
 * 440524188001010014: 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195, 195 mod 11 = 8 → "4"
 */
const KNOWN_X = '11010519491231002X';
const KNOWN_4 = '440524188001010014';

describe('parseIdNumber', () => {
  test('accepts the hand-computed numbers with birth date and gender', () => {
    expect(parseIdNumber(KNOWN_X)).toEqual({ ok: true, idNumber: KNOWN_X, birthDate: '1949-12-31', gender: 'F' });
    expect(parseIdNumber(KNOWN_4)).toEqual({ ok: true, idNumber: KNOWN_4, birthDate: '1880-01-01', gender: 'M' });
  });

  test('accepts a lower-case x and returns it upper-case', () => {
    expect(parseIdNumber(KNOWN_X.toLowerCase())).toMatchObject({ ok: true, idNumber: KNOWN_X });
  });

  test('takes the gender from the 17th digit: odd is M, even is F', () => {
    expect(parseIdNumber(makeIdNumber('640221', '1960-05-01', '013'))).toMatchObject({ gender: 'M' });
    expect(parseIdNumber(makeIdNumber('640221', '1960-05-01', '018'))).toMatchObject({ gender: 'F' });
  });

  test('rejects a number that is not 18 characters, saying how many it has', () => {
    expect(parseIdNumber(KNOWN_4.slice(0, 15))).toMatchInlineSnapshot(`
      {
        "code": "BAD_ID_NUMBER",
        "message": "身份证号应为18位，现为15位",
        "ok": false,
      }
    `);
    expect(parseIdNumber(KNOWN_4 + '1')).toMatchObject({ ok: false, message: '身份证号应为18位，现为19位' });
    expect(parseIdNumber('')).toMatchObject({ ok: false });
  });

  test('rejects letters among the first 17 characters and a last character other than a digit or X', () => {
    expect(parseIdNumber('4405241880010100A4')).toMatchObject({ ok: false, message: '身份证号前17位应全为数字' });
    expect(parseIdNumber('44052418800101001Y')).toMatchObject({ ok: false, message: expect.stringContaining('数字或X') });
  });

  test('rejects a wrong check character, naming the right one', () => {
    expect(parseIdNumber('440524188001010015')).toMatchInlineSnapshot(`
      {
        "code": "BAD_ID_NUMBER",
        "message": "身份证号校验位错误：按前17位应为“4”，现为“5”，请核对号码",
        "ok": false,
      }
    `);
  });

  test.each([
    ['month 13', '19601301', '月份13不存在'],
    ['month 00', '19600001', '月份00不存在'],
    ['30 February', '19600230', '2月没有30日（只有29天）'],
    ['31 April', '19610431', '4月没有31日（只有30天）'],
    ['day 00', '19610100', '1月没有0日'],
    ['29 February in a common year', '19610229', '1961年不是闰年，没有2月29日'],
    ['29 February 1900 (divisible by 100, not by 400)', '19000229', '1900年不是闰年'],
  ])('rejects an impossible birth date: %s', (_name, date, message) => {
    const first17 = `640221${date}001`;
    const id = makeIdNumber('640221', `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`, '001');
    expect(id.slice(0, 17)).toBe(first17);
    const result = parseIdNumber(id);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });

  test('accepts 29 February in a leap year, 2000 included', () => {
    expect(parseIdNumber(makeIdNumber('640221', '1964-02-29', '001'))).toMatchObject({ ok: true, birthDate: '1964-02-29' });
    expect(parseIdNumber(makeIdNumber('640221', '2000-02-29', '001'))).toMatchObject({ ok: true, birthDate: '2000-02-29' });
  });

  test('leaves a birth date after today to the caller', () => {
    expect(parseIdNumber(makeIdNumber('640221', '2099-01-01', '001'))).toMatchObject({ ok: true, birthDate: '2099-01-01' });
  });

  test('never throws on a value that is not a string', () => {
    expect(parseIdNumber(42 as unknown as string)).toMatchObject({ ok: false, code: 'BAD_ID_NUMBER' });
  });
});

describe('makeIdNumber', () => {
  test('reproduces the hand-computed check characters', () => {
    expect(makeIdNumber('110105', '1949-12-31', '002')).toBe(KNOWN_X);
    expect(makeIdNumber('440524', '1880-01-01', '001')).toBe(KNOWN_4);
  });
});

describe('maskIdNumber', () => {
  test('shows the first 6 and last 4 characters with 8 stars between', () => {
    expect(maskIdNumber(KNOWN_X)).toBe('110105********002X');
  });
});

describe('parseIdNumber, the one-pass check against the rule written out', () => {
  // What GB 11643 says, written the slow way: 17 digits, a real date from 1800 on, the MOD 11-2 character.
  const valid = (raw: string) => {
    if (!/^\d{17}[\dXx]$/.test(raw)) return false;
    const y = Number(raw.slice(6, 10));
    const m = Number(raw.slice(10, 12));
    const d = Number(raw.slice(12, 14));
    const date = new Date(Date.UTC(y, m - 1, d));
    if (y < 1800 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = weights.reduce((s, w, i) => s + w * Number(raw[i]), 0);
    return '10X98765432'[sum % 11] === raw[17]!.toUpperCase();
  };
  const near = fc
    .tuple(
      fc.integer({ min: 1790, max: 2030 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 999 }),
    )
    .map(([y, m, d, seq]) =>
      makeIdNumber('640521', `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, String(seq).padStart(3, '0')),
    );
  const mangled = fc
    .tuple(near, fc.nat(17), fc.constantFrom('0', '5', '9', 'X', 'x', 'a', ' ', ''))
    .map(([id, at, ch]) => id.slice(0, at) + ch + id.slice(at + 1));

  test('accepts exactly the numbers the rule accepts, and says why it refuses the others', () => {
    fc.assert(
      fc.property(fc.oneof(near, mangled, fc.string({ minLength: 16, maxLength: 19 })), (raw) => {
        const result = parseIdNumber(raw);
        expect(result.ok).toBe(valid(raw));
        if (result.ok) {
          expect(result.idNumber).toBe(raw.toUpperCase());
          expect(result.birthDate).toBe(`${raw.slice(6, 10)}-${raw.slice(10, 12)}-${raw.slice(12, 14)}`);
          expect(result.gender).toBe(Number(raw[16]) % 2 === 1 ? 'M' : 'F');
        } else {
          expect(result.message).toMatch(/身份证号/);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
