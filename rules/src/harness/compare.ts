import { EXPECT_FIELDS, EXPECT_SECTION_FIELDS } from '../checks/testExpect.js';
import { fromYuan, toYuan, type Fen } from '../money.js';

/**
 * Compares a test case's `expect` with an outcome (RULESET.md "Test cases"): only the fields named, money in
 * fen, `reasons` as a set, `sections` matched by `key` on the fields given for each entry (`ruleIds` as an
 * ordered list). Differences are reported in yuan; a field the outcome does not have is a `BAD_TEST` problem.
 */

/** The outcome as the harness reads it: money as integer fen. */
export interface ComparedOutcome {
  idNumber: string;
  eligible: boolean;
  reasons: readonly string[];
  age: number;
  sections: readonly { key: string; amount: Fen; ruleIds: readonly string[] }[];
  raw: Fen;
  collective: Fen;
  donation: Fen;
  donationExcess: Fen;
  governmentSubsidy: Fen;
  accountCredit: Fen;
}

export interface Diff {
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface Comparison {
  diffs: Diff[];
  /** Why the expectation itself is wrong (BAD_TEST), in Chinese. */
  problems: string[];
}

const MONEY_FIELDS = new Set(['raw', 'collective', 'donation', 'donationExcess', 'governmentSubsidy', 'accountCredit']);
const PLAIN_FIELDS = new Set(['idNumber', 'eligible', 'age']);

export function compareOutcome(expect: Record<string, unknown>, actual: ComparedOutcome): Comparison {
  const out: Comparison = { diffs: [], problems: [] };
  for (const [field, expected] of Object.entries(expect)) {
    if (MONEY_FIELDS.has(field)) compareMoney(field, expected, actual[field as keyof ComparedOutcome] as Fen, out);
    else if (PLAIN_FIELDS.has(field)) comparePlain(field, expected, actual[field as keyof ComparedOutcome], out);
    else if (field === 'reasons') compareReasons(expected, actual.reasons, out);
    else if (field === 'sections') compareSections(expected, actual.sections, out);
    else out.problems.push(`期望中的“${field}”不是结果的字段（可用：${EXPECT_FIELDS.join('、')}），请改正字段名`);
  }
  return out;
}

function compareMoney(field: string, expected: unknown, actualFen: Fen, out: Comparison): void {
  const fen = typeof expected === 'number' ? fromYuan(expected) : null;
  if (fen === null) {
    out.problems.push(`期望中的“${field}”应为金额（元，最多两位小数），现为${JSON.stringify(expected)}`);
  } else if (fen !== actualFen) {
    out.diffs.push({ field, expected, actual: toYuan(actualFen) });
  }
}

function comparePlain(field: string, expected: unknown, actual: unknown, out: Comparison): void {
  if (expected !== actual) out.diffs.push({ field, expected, actual });
}

function compareReasons(expected: unknown, actual: readonly string[], out: Comparison): void {
  if (!isStringArray(expected)) {
    out.problems.push(`期望中的“reasons”应为代码的列表（[] 表示没有），现为${JSON.stringify(expected)}`);
    return;
  }
  const want = new Set(expected);
  const got = new Set(actual);
  if (want.size !== got.size || [...want].some((r) => !got.has(r))) {
    out.diffs.push({ field: 'reasons', expected, actual: [...actual] });
  }
}

function compareSections(expected: unknown, actual: ComparedOutcome['sections'], out: Comparison): void {
  if (!Array.isArray(expected)) {
    out.problems.push(`期望中的“sections”应为列表，现为${JSON.stringify(expected)}`);
    return;
  }
  // `[]` says the outcome has no sections (a member stopped by a gate).
  if (expected.length === 0 && actual.length > 0) {
    out.diffs.push({ field: 'sections', expected: [], actual: actual.map((s) => ({ ...s, amount: toYuan(s.amount) })) });
  }
  expected.forEach((entry, i) => compareSection(entry, i, actual, out));
}

function compareSection(entry: unknown, i: number, actual: ComparedOutcome['sections'], out: Comparison): void {
  if (typeof entry !== 'object' || entry === null || typeof (entry as { key?: unknown }).key !== 'string') {
    out.problems.push(`期望中的 sections 第${i + 1}项应为含 key（部分的标识）的对象`);
    return;
  }
  const want = entry as Record<string, unknown> & { key: string };
  for (const f of Object.keys(want)) {
    if (!EXPECT_SECTION_FIELDS.includes(f))
      out.problems.push(`期望中的 sections 第${i + 1}项的“${f}”不是部分结果的字段（可用：key、amount、ruleIds）`);
  }
  const got = actual.find((s) => s.key === want.key);
  const field = `sections[${want.key}]`;
  if (!got) {
    out.diffs.push({ field, expected: want, actual: null });
    return;
  }
  if ('amount' in want) compareMoney(`${field}.amount`, want.amount, got.amount, out);
  if ('ruleIds' in want) {
    if (!isStringArray(want.ruleIds)) {
      out.problems.push(`期望中的“${field}.ruleIds”应为规则 id 的列表，现为${JSON.stringify(want.ruleIds)}`);
    } else if (!sameList(want.ruleIds, got.ruleIds)) {
      out.diffs.push({ field: `${field}.ruleIds`, expected: want.ruleIds, actual: [...got.ruleIds] });
    }
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
