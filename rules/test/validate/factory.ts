import type { Condition, Rule, RuleSet, Section, TestCase, Validation } from '../../src/types.js';
import { makeIdNumber } from '../../src/idNumber.js';
import { NINGXIA_POLICY_YEARS } from '../../src/policyData.js';
import { policySource } from '../../src/policy.js';
import { validateForEditor, validateRuleSet } from '../../src/validate.js';

/** Shared helper of the validation tests: valid documents with overrides, and readers of the result. */

export const policies = policySource(NINGXIA_POLICY_YEARS);

export const leaf = (fact: string, operator: string, value: unknown): Condition => ({ fact, operator, value });
export const all = (...conditions: Condition[]) => ({ all: conditions });
/** Everyone the gates let through: every member paid is a member of the collective (an empty group is an error). */
export const always = all(leaf('isCollectiveMember', 'equal', true));
export const ge = (fact: string, value: number) => all(leaf(fact, 'greaterThanInclusive', value));

export function rule(id: string, when: unknown = always, amount: unknown = { fixed: 10 }, overrides: Record<string, unknown> = {}): Rule {
  return { id, label: `规则${id}`, when, amount, ...overrides } as Rule;
}

export function section(key: string, rules: Rule[], overrides: Record<string, unknown> = {}): Section {
  return { key, label: `节${key}`, hitPolicy: 'FIRST', rules, ...overrides } as Section;
}

/** A tier table paying more for each higher tier, a FIRST section as the editor writes it. */
export function tierSection(): Section {
  return section(
    'tier',
    [
      rule('t3000', ge('contribution', 3000), { fixed: 300 }),
      rule('t1000', ge('contribution', 1000), { fixed: 100 }),
      rule('t500', ge('contribution', 500), { fixed: 50 }),
      rule('tBase', always, { fixed: 20 }),
    ],
    { kind: 'TIER' },
  );
}

export function testCase(overrides: Record<string, unknown> = {}): TestCase {
  return {
    name: '缴费500元得50元',
    member: { idNumber: makeIdNumber('640181', '1980-05-17', '101'), contribution: 500 },
    expect: { collective: 50, reasons: [] },
    ...overrides,
  } as TestCase;
}

/** A valid rule set with no error and no warning: a tier table, one test case; fields overridden. */
export function ruleSet(overrides: Record<string, unknown> = {}): RuleSet {
  return {
    format: 'cunce.ruleset/1',
    village: '640181105201',
    year: 2025,
    title: '上桥村2025年城乡居保集体补助标准',
    sections: [tierSection()],
    tests: [testCase()],
    ...overrides,
  } as RuleSet;
}

export function validate(doc: unknown): Validation {
  return validateRuleSet(doc, policies);
}

/** As the editor validates (an amount typed above the region cap refused). */
export function validateInEditor(doc: unknown): Validation {
  return validateForEditor(doc, policies);
}

/** `CODE /path` of each error, the shape most tests pin. */
export function errorsOf(doc: unknown): string[] {
  return validate(doc).errors.map((e) => `${e.code} ${e.path}`);
}

export function warningsOf(doc: unknown): string[] {
  return validate(doc).warnings.map((e) => `${e.code} ${e.path}`);
}

/** Chinese, and more than a code: every message a cadre reads. */
export const CHINESE = /[\u4e00-\u9fff]/;
