import { describe, expect, test } from 'vitest';
import { jsonErrorOffset, lineColumn } from '../src/cli/jsonSyntax.js';

/** The offset the scanner finds, checked against JSON.parse actually failing on the text. */
function offsetOf(text: string): number {
  expect(() => JSON.parse(text)).toThrow();
  return jsonErrorOffset(text);
}

describe('jsonErrorOffset', () => {
  test.each([
    ['{"a": 1,\n "b" 2}', 14],
    ['[1, 2,]', 6],
    ['{"a": tru}', 9],
    ['{"a": 1,}', 8],
    ['{"a": 01}', 7],
    ['{"a": "x\ny"}', 8],
    ['{"a": "\\q"}', 8],
    ['{"a": 1} x', 9],
    ["{'a': 1}", 1],
    ['{"a": -}', 7],
    ['{"a": 1.}', 8],
  ])('finds the first character that cannot continue %j', (text, offset) => {
    expect(offsetOf(text)).toBe(offset);
  });

  test('puts a text that ends too early at its end', () => {
    expect(offsetOf('{"a": [1, 2')).toBe(11);
    expect(offsetOf('')).toBe(0);
  });

  test('takes the position JSON.parse states when it states one', () => {
    expect(jsonErrorOffset('whatever', 'Unexpected number in JSON at position 18')).toBe(18);
  });
});

describe('lineColumn', () => {
  test('counts lines and columns from 1', () => {
    const text = '{\r\n  "a": 1,\n  "b" 2\n}';
    expect(lineColumn(text, text.indexOf('2'))).toEqual({ line: 3, column: 7 });
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
  });
});
