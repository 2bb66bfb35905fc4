import type { Issues } from './issues.js';
import { pointer } from './issues.js';

/** Helpers for reading a JSON document of unknown shape without trusting it. */
export type Obj = Record<string, unknown>;

export function isRecord(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Section keys, fact names: an ASCII identifier. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A value as a reader sees it in a message. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `“${value}”`;
  if (value === undefined) return '空';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value); // a cycle or a BigInt: not JSON, still never a reason to throw
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Every key of `obj` that is not in `allowed` is a BAD_FIELD. */
export function reportUnknownFields(issues: Issues, obj: Obj, path: string, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    issues.error(pointer(path, key), 'BAD_FIELD', `${where}有未知字段“${key}”：请删除它或改正字段名（可用的字段：${allowed.join('、')}）`);
  }
}

export interface TextFieldOptions {
  where: string;
  label: string;
  required: boolean;
  /** The code for a missing or wrong value; BAD_FIELD unless given. */
  code?: string;
}

/**
 * A text field of `obj`: a non-empty string. Reports a missing (when required), non-string or blank
 * value and returns the string when it is good.
 */
export function textField(issues: Issues, obj: Obj, key: string, path: string, opts: TextFieldOptions): string | undefined {
  const value = obj[key];
  const at = pointer(path, key);
  const code = opts.code ?? 'BAD_FIELD';
  const name = `${opts.where}的${opts.label}（${key}）`;
  if (value === undefined) {
    if (opts.required) issues.error(at, code, `${opts.where}缺少${opts.label}（${key}）：请填写`);
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.error(at, code, `${name}应为文字，现为${shown(value)}：请改为文字`);
    return undefined;
  }
  if (value.trim() === '') {
    issues.error(at, code, `${name}不能为空：请填写`);
    return undefined;
  }
  return value;
}

/** An optional field whose value must be one of `values`; returns it when it is one. */
export function enumField<T extends string>(
  issues: Issues,
  obj: Obj,
  key: string,
  path: string,
  opts: { where: string; label: string; required: boolean; values: readonly T[] },
): T | undefined {
  const value = obj[key];
  if (value === undefined) {
    if (opts.required)
      issues.error(pointer(path, key), 'BAD_FIELD', `${opts.where}缺少${opts.label}（${key}）：请填 ${opts.values.join('、')} 之一`);
    return undefined;
  }
  if (opts.values.includes(value as T)) return value as T;
  issues.error(
    pointer(path, key),
    'BAD_FIELD',
    `${opts.where}的${opts.label}（${key}）不能是${shown(value)}：请改为 ${opts.values.join('、')} 之一`,
  );
  return undefined;
}
