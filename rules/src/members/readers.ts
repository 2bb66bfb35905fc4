import { fromYuan, type Fen } from '../money.js';
import { shown, type RowIssues } from './rowIssue.js';

/** Field readers: each returns the value with its default applied, or undefined after recording the fault. */

type Row = Record<string, unknown>;

export function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

export function readBoolean(row: Row, field: string, fallback: boolean | 'required', issues: RowIssues): boolean | undefined {
  const value = row[field];
  if (isAbsent(value)) {
    if (fallback !== 'required') return fallback;
    issues.error(field, 'MISSING_FIELD', '导入名册时必须填写，请填“是”（true）或“否”（false）');
    return undefined;
  }
  if (typeof value === 'boolean') return value;
  issues.error(field, 'BAD_FIELD', `应为“是”（true）或“否”（false），现为${shown(value)}`);
  return undefined;
}

/** A whole number of at least 0 (default 0). */
export function readCount(row: Row, field: string, issues: RowIssues): number | undefined {
  const value = row[field];
  if (isAbsent(value)) return 0;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  const problem = typeof value === 'number' ? '不能为负数或小数' : '应为数字';
  issues.error(field, 'BAD_FIELD', `${problem}，现为${shown(value)}，请填0或正整数`);
  return undefined;
}

/** Yuan, at least 0, at most two decimals (default 0), as fen. */
export function readMoneyFen(row: Row, field: string, issues: RowIssues): Fen | undefined {
  const value = row[field];
  if (isAbsent(value)) return 0 as Fen;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.error(field, 'BAD_FIELD', `应为金额数字（元），现为${shown(value)}`);
    return undefined;
  }
  const fen = fromYuan(value);
  if (value < 0 || fen === null) {
    const problem = value < 0 ? '金额不能为负数' : '金额最多两位小数（精确到分）';
    issues.error(field, 'BAD_AMOUNT', `${problem}，现为${value}元，请改正`);
    return undefined;
  }
  return fen;
}

/** One of `values` (default `fallback`; 'required': missing is an error). */
export function readEnum<T extends string>(
  row: Row,
  field: string,
  values: readonly T[],
  fallback: T | 'required',
  issues: RowIssues,
): T | undefined {
  const value = row[field];
  if (isAbsent(value)) {
    if (fallback !== 'required') return fallback;
    issues.error(field, 'MISSING_FIELD', `导入名册时必须填写，应为 ${values.join('、')} 之一`);
    return undefined;
  }
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  issues.error(field, 'BAD_FIELD', `${shown(value)}不是可选值，应为 ${values.join('、')} 之一`);
  return undefined;
}
