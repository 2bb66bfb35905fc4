import { evaluateMember } from './evaluate/roster.js';
import { compareOutcome, type Diff } from './harness/compare.js';
import { checkMembers } from './members.js';
import type { PolicySource, RuleSet, TestCase } from './types.js';

/**
 * The rule test harness (RULESET.md "Test cases"): each case's member is checked as `simulate` checks a row,
 * evaluated alone (no budget step), and compared on the fields its `expect` names. Pure; never throws on a
 * bad case: it fails with `error`.
 */

export interface TestCaseResult {
  name: string;
  passed: boolean;
  /** Fields that differ; money in yuan. */
  diffs: Diff[];
  /** Why the case could not be judged: its member is bad (the row messages) or its `expect` is (BAD_TEST). */
  error?: string;
}

export async function runTestCases(ruleSet: RuleSet, policies: PolicySource): Promise<TestCaseResult[]> {
  const results: TestCaseResult[] = [];
  const cases = Array.isArray(ruleSet.tests) ? ruleSet.tests : [];
  for (const tc of cases) results.push(await runTestCase(ruleSet, policies, tc));
  return results;
}

async function runTestCase(ruleSet: RuleSet, policies: PolicySource, tc: TestCase): Promise<TestCaseResult> {
  const name = typeof tc?.name === 'string' ? tc.name : '（未命名）';
  const failed = (error: string): TestCaseResult => ({ name, passed: false, diffs: [], error });
  const policy = policies(ruleSet.year);
  if (!policy) return failed(`YEAR_NOT_CONFIGURED：${ruleSet.year}年的自治区政策未配置，无法运行测试`);
  if (typeof tc?.expect !== 'object' || tc.expect === null || Array.isArray(tc.expect)) {
    return failed('BAD_TEST：测试用例的 expect 应为对象，列出要核对的结果字段');
  }
  const checked = checkMembers([tc.member], {
    year: ruleSet.year,
    policy,
    ageAsOf: ruleSet.ageAsOf,
    facts: ruleSet.facts,
    mode: 'simulate',
  });
  const member = checked.members[0];
  if (checked.errors.length > 0 || !member) return failed(checked.errors.map((e) => e.message).join('；'));
  let outcome;
  try {
    outcome = await evaluateMember(ruleSet, member, policies, { year: ruleSet.year });
  } catch (e) {
    return failed(`EVALUATION_FAILED：计算出错：${e instanceof Error ? e.message : String(e)}`);
  }
  const { diffs, problems } = compareOutcome(tc.expect, outcome);
  if (problems.length > 0) return { name, passed: false, diffs, error: `BAD_TEST：${problems.join('；')}` };
  return { name, passed: diffs.length === 0, diffs };
}
