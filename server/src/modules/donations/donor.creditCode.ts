/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capital letters without I, O, Z, S, V; the last
 * is a check character, 31 − (Σ value × weight mod 31), over the first 17.
 */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters (which must be from the code's alphabet). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARS.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARS[(31 - (sum % 31)) % 31]!;
}

/** Why the code is not a valid 统一社会信用代码 (a Chinese sentence saying what to fix), or null when it is. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `统一社会信用代码应为18位，现为${code.length}位`;
  const bad = [...code].findIndex((c) => !CHARS.includes(c));
  if (bad >= 0) return `统一社会信用代码第${bad + 1}位“${code[bad]}”不是有效字符（只用数字和除 I、O、Z、S、V 外的大写字母）`;
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return `统一社会信用代码校验位错误：按前17位应为“${expected}”，现为“${code[17]}”，请核对`;
  return null;
}
