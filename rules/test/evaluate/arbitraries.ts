import fc from 'fast-check';
import type { Condition, MemberInput, RuleSet, Section } from '../../src/types.js';
import { HARDSHIP_CATEGORIES } from '../../src/types.js';
import { makeIdNumber } from '../../src/idNumber.js';

const TIERS = [100, 200, 300, 500, 1000, 2000, 3000];
const yuan = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((fen) => fen / 100);

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ fact: fc.constantFrom('age', 'contributionYears', 'householdChildren', 'householdElderly', 'score'), operator: fc.constantFrom('equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'), value: fc.integer({ min: 0, max: 90 }) }),
  fc.record({ fact: fc.constant('contribution'), operator: fc.constantFrom('greaterThanInclusive', 'lessThan', 'equal', 'notEqual'), value: fc.constantFrom(...TIERS) }),
  fc.record({ fact: fc.constant('contribution'), operator: fc.constantFrom('in', 'notIn'), value: fc.subarray(TIERS) }),
  fc.record({ fact: fc.constant('hardship'), operator: fc.constantFrom('contains', 'doesNotContain'), value: fc.constantFrom(...HARDSHIP_CATEGORIES) }),
  fc.record({ fact: fc.constantFrom('proxyPaid', 'isVeteran'), operator: fc.constantFrom('equal', 'notEqual'), value: fc.boolean() }),
  fc.record({ fact: fc.constant('gender'), operator: fc.constantFrom('equal', 'notEqual'), value: fc.constantFrom('M', 'F') }),
  fc.record({ fact: fc.constant('group'), operator: fc.constantFrom('in', 'notIn'), value: fc.subarray(['一组', '二组', '三组']) }),
);

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
}));

const top = fc.oneof(fc.record({ all: fc.array(condition, { maxLength: 3 }) }), fc.record({ any: fc.array(condition, { maxLength: 3 }) }), fc.record({ not: condition }));

const amount = fc.oneof(
  fc.record({ fixed: yuan(400) }),
  fc.record({ rate: fc.integer({ min: 0, max: 300_000 }).map((m) => m / 1_000_000), of: fc.constantFrom('contribution', 'score', 'age') }, { requiredKeys: ['rate', 'of'] }).chain((r) =>
    fc.record({ min: fc.option(yuan(20), { nil: undefined }), max: fc.option(yuan(300).map((v) => v + 20), { nil: undefined }) }).map((mm) => ({ ...r, ...(mm.min !== undefined ? { min: mm.min } : {}), ...(mm.max !== undefined ? { max: mm.max } : {}) })),
  ),
);

const section = (key: string): fc.Arbitrary<Section> =>
  fc.record({
    key: fc.constant(key),
    label: fc.constant(key),
    hitPolicy: fc.constantFrom('FIRST', 'MAX', 'SUM'),
    rules: fc.array(fc.record({ when: top, amount }), { minLength: 1, maxLength: 4 }).map((rs) => rs.map((r, i) => ({ id: `${key}${i}`, label: `${key}${i}`, ...r }))),
  }) as fc.Arbitrary<Section>;

export const ruleSetArb: fc.Arbitrary<RuleSet> = fc
  .record({
    sections: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => section(`s${i}`)))),
    personCap: fc.option(yuan(500), { nil: undefined }),
    budget: fc.option(yuan(2000), { nil: undefined }),
    overBudget: fc.constantFrom('PRORATE', 'REJECT'),
  })
  .map(({ personCap, budget, ...r }) => ({
    format: 'cunce.ruleset/1',
    village: '640181105201',
    year: 2025,
    facts: [
      { name: 'score', label: '积分', type: 'number' },
      { name: 'isVeteran', label: '退役军人', type: 'boolean' },
      { name: 'group', label: '村民小组', type: 'enum', values: ['一组', '二组', '三组'] },
    ],
    ...(personCap !== undefined ? { personCap } : {}),
    ...(budget !== undefined ? { budget } : {}),
    ...r,
  })) as fc.Arbitrary<RuleSet>;

export const memberArb = (index: number): fc.Arbitrary<MemberInput> =>
  fc
    .record({
      birthYear: fc.integer({ min: 1930, max: 2009 }),
      birthDay: fc.integer({ min: 1, max: 28 }),
      isCollectiveMember: fc.boolean(),
      contribution: fc.option(fc.constantFrom(...TIERS), { nil: null, freq: 20 }),
      paymentType: fc.constantFrom('CURRENT', 'CURRENT', 'CURRENT', 'BACK_PAY', 'LUMP_SUM'),
      proxyPaid: fc.boolean(),
      hardship: fc.subarray([...HARDSHIP_CATEGORIES], { maxLength: 2 }),
      contributionYears: fc.integer({ min: 0, max: 40 }),
      householdChildren: fc.integer({ min: 0, max: 4 }),
      householdElderly: fc.integer({ min: 0, max: 3 }),
      donation: fc.oneof(fc.constant(0), yuan(4000)),
      priorCredit: fc.oneof(fc.constant(0), yuan(3200)),
      custom: fc.record({ score: fc.integer({ min: 0, max: 100 }), isVeteran: fc.boolean(), group: fc.constantFrom('一组', '二组', '三组') }, { requiredKeys: [] }),
    })
    .map(({ birthYear, birthDay, ...m }) => ({
      idNumber: makeIdNumber('640181', `${birthYear}-03-${String(birthDay).padStart(2, '0')}`, String(100 + (index % 800)).padStart(3, '0')),
      ...m,
      hardship: m.contribution === 100 && m.hardship.length === 0 ? ['MINIMUM_LIVING'] : m.hardship,
    })) as fc.Arbitrary<MemberInput>;

/** A roster of distinct members (distinct ID numbers by birth date and sequence). */
export const rosterArb = (max: number) =>
  fc.integer({ min: 1, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => memberArb(i)))).map((ms) => {
    const seen = new Set<string>();
    return ms.filter((m) => !seen.has(m.idNumber) && seen.add(m.idNumber));
  });
