import { runTestCases } from '../harness.js';
import { FORMAT, type PolicySource, type RuleSet } from '../types.js';
import { validateRuleSet } from '../validate.js';
import { discoverRuleSets } from './discover.js';
import { shownPath } from './paths.js';
import { caseLine, issueLine, summaryLines, type Tally } from './testReport.js';

/**
 * `test <path...>`: validates every rule-set file found and runs its test cases. Exit 0 only if every file
 * validates and every case passes; 1 otherwise; 2 when a file is missing or is broken JSON.
 */
export async function testCommand(paths: readonly string[], policies: PolicySource): Promise<number> {
  const { files, problems } = discoverRuleSets(paths);
  for (const p of problems) console.error(p);
  const t: Tally = { passed: 0, failed: 0, files: files.length, invalidFiles: 0, notRun: 0, unreadable: problems.length };
  for (const file of files) {
    const shown = shownPath(file.path);
    const validation = validateRuleSet(file.doc, policies);
    if (!validation.valid) {
      const cases = Array.isArray((file.doc as RuleSet | null)?.tests) ? (file.doc as RuleSet).tests!.length : 0;
      console.log(`✗ ${shown}: 规则集未通过校验，测试用例未运行 (does not validate; ${cases} case(s) not run)`);
      for (const e of validation.errors) console.log(`    ${issueLine('错误', e)}`);
      for (const w of validation.warnings) console.log(`    ${issueLine('警告', w)}`);
      t.invalidFiles++;
      t.notRun += Math.max(1, cases);
      t.failed += Math.max(1, cases);
      continue;
    }
    for (const w of validation.warnings) console.log(`⚠ ${shown}: ${issueLine('警告', w)}`);
    for (const r of await runTestCases(file.doc as RuleSet, policies)) {
      console.log(caseLine(shown, r));
      if (r.passed) t.passed++;
      else t.failed++;
    }
  }
  if (files.length === 0 && problems.length === 0) console.error(`没有找到规则集文件 (no ${FORMAT} file found in ${paths.join(' ')})`);
  console.log(summaryLines(t).join('\n'));
  if (problems.length > 0) return 2;
  return t.failed > 0 || files.length === 0 ? 1 : 0;
}
