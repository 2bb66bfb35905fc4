import type { MemberInput, Member, Rule, RuleSet, Section } from '../../src/types.js';
import { checkMembers } from '../../src/members.js';
import { makeIdNumber } from '../../src/idNumber.js';
import { NINGXIA_POLICY_YEARS } from '../../src/policyData.js';
import { policySource } from '../../src/policy.js';

export const policies = policySource(NINGXIA_POLICY_YEARS);

let seq = 100;
/** A valid member input (born 1980, tier 300, current payment) with overrides. */
export function memberInput(overrides: Partial<MemberInput> & { birthDate?: string } = {}): MemberInput {
  const { birthDate = '1980-05-17', ...rest } = overrides;
  seq = seq >= 998 ? 100 : seq + 1;
  return { idNumber: makeIdNumber('640181', birthDate, String(seq)), contribution: 300, ...rest };
}

/** Checked members, failing the test on a bad row. */
export function members(inputs: MemberInput[], ruleSet?: Partial<RuleSet>): Member[] {
  const year = ruleSet?.year ?? 2025;
  const r = checkMembers(inputs, { year, policy: policies(year)!, ageAsOf: ruleSet?.ageAsOf, facts: ruleSet?.facts, mode: 'simulate' });
  if (r.errors.length) throw new Error(JSON.stringify(r.errors));
  return r.members;
}

/** Checked members of a random roster for `ruleSet`'s village facts, failing the test on a bad row. */
export function checked(ruleSet: RuleSet, inputs: readonly unknown[]): Member[] {
  const r = checkMembers(inputs, {
    year: ruleSet.year,
    policy: policies(ruleSet.year)!,
    ageAsOf: ruleSet.ageAsOf,
    facts: ruleSet.facts,
    mode: 'simulate',
  });
  if (r.errors.length) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.members;
}

export function member(overrides: Partial<MemberInput> & { birthDate?: string } = {}, ruleSet?: Partial<RuleSet>): Member {
  return members([memberInput(overrides)], ruleSet)[0];
}

export function rule(id: string, when: Rule['when'], amount: Rule['amount'] = { fixed: 10 }): Rule {
  return { id, label: id, when, amount };
}

export function section(key: string, hitPolicy: Section['hitPolicy'], rules: Rule[]): Section {
  return { key, label: key, hitPolicy, rules };
}

/** Everyone the gates let through: every member paid is a member of the collective (an empty group is an error). */
export const always = { all: [{ fact: 'isCollectiveMember', operator: 'equal', value: true }] };
export const ge = (fact: string, value: number) => ({ all: [{ fact, operator: 'greaterThanInclusive', value }] });

/** A valid rule set: 20 yuan for everyone, with overrides. */
export function ruleSet(overrides: Partial<RuleSet> = {}): RuleSet {
  return {
    format: 'cunce.ruleset/1',
    village: '640181105201',
    year: 2025,
    sections: [section('base', 'FIRST', [rule('flat', always, { fixed: 20 })])],
    ...overrides,
  };
}
