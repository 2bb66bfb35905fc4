import { describe, expect, test } from 'vitest';
import { checkMembers, validateRuleSet } from '@cunce/rules';
import { ageBandRule } from '../src/model/ageBands';
import { sampleRoster } from '../src/model/sampleRoster';
import { diffRuleSets } from '../src/model/diff';
import { earliestDate, meetingProblems } from '../src/model/decisionSteps';
import { parseRoster } from '../src/model/rosterText';
import { anchorOf } from '../src/model/issueAnchors';
import { tierRule } from '../src/model/tierRows';
import { policy2025, ruleSetOf } from './support/mountEditor';

describe('editor helpers', () => {
  test('the sample roster passes the row checks the server applies', () => {
    const members = sampleRoster('640181105201', 2025, policy2025);
    const checked = checkMembers(members, { year: 2025, policy: policy2025, mode: 'simulate' });
    expect(checked.errors).toEqual([]);
    expect(new Set(members.map((m) => m.idNumber)).size).toBe(members.length);
  });

  test('an issue lands at the deepest field on screen above its path, else at the root', () => {
    const anchors = new Set(['/personCap', '/sections/0', '/sections/0/rules/1/amount']);
    expect(anchorOf('/sections/0/rules/1/amount/max', anchors)).toBe('/sections/0/rules/1/amount');
    expect(anchorOf('/sections/0/rules/0/when/all/0/value', anchors)).toBe('/sections/0');
    expect(anchorOf('/village', anchors)).toBe('');
  });

  test('the diff matches rules by id, so an inserted rule is one change', () => {
    const before = ruleSetOf({
      sections: [
        {
          key: 'tier',
          label: '档次',
          hitPolicy: 'FIRST',
          rules: [tierRule('t500', 500, { fixed: 50 }), tierRule('t200', 200, { fixed: 20 })],
        },
      ],
    });
    const after = ruleSetOf({
      sections: [
        {
          key: 'tier',
          label: '档次',
          hitPolicy: 'FIRST',
          rules: [tierRule('t1000', 1000, { fixed: 90 }), tierRule('t500', 500, { fixed: 55 }), tierRule('t200', 200, { fixed: 20 })],
        },
      ],
    });
    const changes = diffRuleSets(before, after);
    expect(changes.map((c) => [c.kind, c.place])).toEqual([
      ['added', '补助规则 › 「档次」 › 规则 › 「缴费1000元及以上」'],
      ['changed', '补助规则 › 「档次」 › 规则 › 「缴费500元及以上」 › 金额 › 定额'],
    ]);
  });

  test('meeting thresholds: two thirds present at the party members review, more than half in favour', () => {
    const counts = { expected: 30, present: 19, for: 15, against: 0, abstain: 0 };
    expect(meetingProblems('PARTY_MEMBERS_REVIEW', counts).present).toMatch(/三分之二/);
    expect(meetingProblems('VILLAGERS_RESOLUTION', counts)).toEqual({});
    expect(meetingProblems('VILLAGERS_RESOLUTION', { ...counts, for: 9 }).for).toMatch(/至少 10 票/);
  });

  test('a meeting problem lands under the field the cadre fixes: empty counts, too many votes under 弃权', () => {
    const counts = { expected: 30, present: null, for: 20, against: 5, abstain: 0 };
    expect(meetingProblems('VILLAGERS_RESOLUTION', counts)).toEqual({ present: '实到人数应为不小于0的整数，现为空' });
    expect(meetingProblems('VILLAGERS_RESOLUTION', { ...counts, present: 24 })).toEqual({
      abstain: '赞成、反对、弃权票合计25票，多于实到24人，请核对',
    });
  });

  test('an age band open at both ends is "age ≥ 0", a rule that validates, never an empty group', () => {
    const rule = ageBandRule('any', null, null, { fixed: 20 });
    expect(rule).toMatchObject({ label: '任意年龄', when: { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 0 }] } });
    const doc = ruleSetOf({ sections: [{ key: 'age', label: '年龄', hitPolicy: 'FIRST', rules: [rule] }] });
    expect(validateRuleSet(doc, () => policy2025).errors).toEqual([]);
  });

  test('steps after the committees need a later day than the previous step', () => {
    expect(earliestDate('COMMITTEES_DELIBERATION', '2025-03-01')).toBe('2025-03-01');
    expect(earliestDate('PARTY_MEMBERS_REVIEW', '2025-02-28')).toBe('2025-03-01');
  });

  test('a pasted roster is read by its Chinese headers', () => {
    const { members, problems } = parseRoster(
      '身份证号\t姓名\t缴费档次\t缴费类型\t困难类别\t集体经济组织成员\n640181199001010011\t张三\t300\t补缴\t低保对象、重度残疾人\t否\n',
    );
    expect(problems).toEqual([]);
    expect(members).toEqual([
      {
        idNumber: '640181199001010011',
        name: '张三',
        contribution: 300,
        paymentType: 'BACK_PAY',
        hardship: ['MINIMUM_LIVING', 'SEVERE_DISABILITY'],
        isCollectiveMember: false,
      },
    ]);
  });
});
