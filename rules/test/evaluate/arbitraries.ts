/**
 * Random rule sets that validate and random members for the property tests: generic sections of random conditions,
 * and the shapes the notice reads its own way (tier tables, hardship checklists, ladders of thresholds), every hit
 * policy; members with and without the village's facts, on every tier, with gifts and prior credit.
 */
import fc from 'fast-check';
import type { MemberInput, Rule, RuleSet, Section } from '../../src/types.js';
import { HARDSHIP_CATEGORIES } from '../../src/types.js';
import { makeIdNumber } from '../../src/idNumber.js';
import { amountArb, GROUPS, leafArb, rateArb, TIERS, topArb, yuan } from './conditionArbitraries.js';

const hitPolicy = fc.constantFrom('FIRST', 'MAX', 'SUM') as fc.Arbitrary<Section['hitPolicy']>;
const fixed = fc.record({ fixed: yuan(400) });
const withIds = (key: string) => (rules: Omit<Rule, 'id' | 'label'>[]) =>
  rules.map((r, i) => ({ id: `${key}${i}`, label: `${key}${i}`, ...r }));
const sectionOf = (key: string, policy: fc.Arbitrary<Section['hitPolicy']>, rules: fc.Arbitrary<Rule[]>): fc.Arbitrary<Section> =>
  fc.record({ key: fc.constant(key), label: fc.constant(key), hitPolicy: policy, rules });

const generic = (key: string) =>
  sectionOf(key, hitPolicy, fc.array(fc.record({ when: topArb, amount: amountArb }), { minLength: 1, maxLength: 4 }).map(withIds(key)));

/** Conditions on the contribution alone (and the facts the gates fix): the notice spells such a section out tier by tier. */
const tierLeaf = fc.oneof(
  leafArb.filter((l) => 'fact' in l && (l.fact === 'contribution' || l.fact === 'isCollectiveMember' || l.fact === 'paymentType')),
  fc.record({
    fact: fc.constant('contribution'),
    operator: fc.constantFrom('greaterThanInclusive', 'greaterThan'),
    value: fc.constantFrom(...TIERS),
  }),
);
const tier = (key: string) =>
  sectionOf(
    key,
    hitPolicy,
    fc
      .array(
        fc.record({
          when: fc.array(tierLeaf, { minLength: 1, maxLength: 2 }).map((all) => ({ all })),
          amount: fc.oneof(fixed, rateArb(fc.constant('contribution'))),
        }),
        { minLength: 1, maxLength: 5 },
      )
      .map(withIds(key)),
  );

/** "属于甲或乙" rules with fixed amounts. */
const contains = fc.constantFrom(...HARDSHIP_CATEGORIES).map((value) => ({ fact: 'hardship', operator: 'contains', value }));
const hardship = (key: string) =>
  sectionOf(
    key,
    hitPolicy,
    fc
      .array(fc.record({ when: fc.array(contains, { minLength: 1, maxLength: 3 }).map((any) => ({ any })), amount: fixed }), {
        minLength: 1,
        maxLength: 4,
      })
      .map(withIds(key)),
  );

/** FIRST rules "fact ≥ v" (or "> v") on one number fact, thresholds falling: the notice reads them as bands. */
const ladder = (key: string) =>
  fc
    .record({
      fact: fc.constantFrom('age', 'householdChildren', 'householdElderly', 'score', 'contributionYears'),
      values: fc.uniqueArray(fc.integer({ min: 0, max: 80 }), { minLength: 2, maxLength: 4 }),
    })
    .chain(({ fact, values }) =>
      fc.tuple(
        ...[...values]
          .sort((a, b) => b - a)
          .map((value) =>
            fc.record({
              when: fc.constantFrom('greaterThanInclusive', 'greaterThan').map((operator) => ({ all: [{ fact, operator, value }] })),
              amount: amountArb,
            }),
          ),
      ),
    )
    .chain((rules) => sectionOf(key, fc.constant('FIRST'), fc.constant(withIds(key)(rules))));

const section = (key: string) => fc.oneof(generic(key), tier(key), hardship(key), ladder(key));

export const FACTS = [
  { name: 'score', label: '积分', type: 'number' },
  { name: 'isVeteran', label: '退役军人', type: 'boolean' },
  { name: 'group', label: '村民小组', type: 'enum', values: GROUPS },
] as const;

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
    facts: FACTS.map((f) => ({ ...f, ...('values' in f ? { values: [...f.values] } : {}) })),
    ...(personCap !== undefined ? { personCap } : {}),
    ...(budget !== undefined ? { budget } : {}),
    ...r,
  })) as fc.Arbitrary<RuleSet>;

/** A village fact's value: given, null, or left out. */
const villageFact = <T>(value: fc.Arbitrary<T>) => fc.option(fc.option(value, { nil: null }), { nil: undefined });
const custom = fc
  .record({
    score: villageFact(
      fc.oneof(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 8000 }).map((n) => n / 1000),
      ),
    ),
    isVeteran: villageFact(fc.boolean()),
    group: villageFact(fc.constantFrom(...GROUPS)),
  })
  .map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)));

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
      custom,
    })
    .map(({ birthYear, birthDay, ...m }) => ({
      idNumber: makeIdNumber(
        '640181',
        `${birthYear}-03-${String(birthDay).padStart(2, '0')}`,
        String(100 + (index % 800)).padStart(3, '0'),
      ),
      ...m,
      hardship: m.contribution === 100 && m.hardship.length === 0 ? ['MINIMUM_LIVING'] : m.hardship,
    })) as fc.Arbitrary<MemberInput>;

/** A roster of distinct members (distinct ID numbers by birth date and sequence). */
export const rosterArb = (max: number) =>
  fc
    .integer({ min: 1, max })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => memberArb(i))))
    .map((ms) => {
      const seen = new Set<string>();
      return ms.filter((m) => !seen.has(m.idNumber) && seen.add(m.idNumber));
    });
