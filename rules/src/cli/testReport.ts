import type { TestCaseResult } from '../harness.js';
import type { Issue } from '../types.js';

/** How `test` prints: one line per case, then the issues of a file, then the summary. */

export function caseLine(file: string, r: TestCaseResult): string {
  const head = `${r.passed ? '✓' : '✗'} ${file} › ${r.name}`;
  if (r.passed) return head;
  const parts = r.diffs.map((d) => `${d.field}: 期望 ${shown(d.expected)}，实际 ${shown(d.actual)}`);
  if (r.error) parts.push(r.error);
  return `${head} — ${parts.join('；')}`;
}

/** A validation issue on one line: `错误 BAD_AMOUNT /sections/0/rules/1/amount: 金额……`. */
export function issueLine(kind: '错误' | '警告', i: Issue): string {
  return `${kind} ${i.code} ${i.path || '/'}: ${i.message}`;
}

export interface Tally {
  passed: number;
  failed: number;
  files: number;
  invalidFiles: number;
  /** Cases counted as failed because their file does not validate (a file without cases counts as one). */
  notRun: number;
  unreadable: number;
}

export function summaryLines(t: Tally): string[] {
  const lines = [`${t.files} 个规则集文件 (rule-set files)`];
  if (t.invalidFiles > 0) {
    lines.push(
      `${t.invalidFiles} 个文件未通过校验，其中的 ${t.notRun} 个测试用例未运行，计为失败（无用例的文件计为 1 个）` +
        ` / ${t.invalidFiles} file(s) did not validate: their ${t.notRun} case(s) were not run and count as failed (a file without cases counts as one)`,
    );
  }
  if (t.unreadable > 0)
    lines.push(`${t.unreadable} 个文件无法读取或不是有效的 JSON（见上）/ ${t.unreadable} file(s) could not be read (see above)`);
  lines.push(`${t.passed} passed, ${t.failed} failed`);
  return lines;
}

function shown(value: unknown): string {
  return value === undefined ? '（无）' : JSON.stringify(value);
}
