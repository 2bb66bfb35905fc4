import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** A pilot village's rule set as shipped (its own test cases left out). */
function pilotRuleSet(): Record<string, unknown> {
  const url = new URL('../../rules/villages/640105006201.json', import.meta.url);
  const { tests: _tests, ...doc } = JSON.parse(readFileSync(url, 'utf8'));
  return doc;
}

const VALIDATE = 'query ($r: JSON!) { validateRuleSet(ruleSet: $r) { valid errors { path code message } warnings { code } } }';
const SIMULATE = `query ($r: JSON!, $m: [MemberInput!]!) { simulate(ruleSet: $r, members: $m) {
  outcomes { idNumber eligible age collective governmentSubsidy accountCredit sections { key amount ruleIds } }
  totals { members eligible contribution collective governmentSubsidy accountCredit } budgetExceeded prorateFactor warnings { index code } } }`;
const MEMBERS = [
  { idNumber: '640105197307250011', contribution: 3000, householdChildren: 1 },
  { idNumber: '640105198509160027', contribution: 1000, householdChildren: 2 },
];

test('validates a pilot rule set without login', async () => {
  const data = await h.ok(VALIDATE, { r: pilotRuleSet() });
  expect(data.validateRuleSet.valid).toBe(true);
  expect(data.validateRuleSet.errors).toEqual([]);
});

test('reports every issue of a broken rule set with its path', async () => {
  const doc = { ...pilotRuleSet(), year: 1999, personCap: -5 };
  const data = await h.ok(VALIDATE, { r: doc });
  expect(data.validateRuleSet.valid).toBe(false);
  const paths = data.validateRuleSet.errors.map((e: { path: string }) => e.path);
  expect(paths).toEqual(expect.arrayContaining(['/year', '/personCap']));
});

test('simulates members in input order with the stored policy', async () => {
  const data = await h.ok(SIMULATE, { r: pilotRuleSet(), m: MEMBERS });
  const [first, second] = data.simulate.outcomes;
  expect(first).toMatchObject({
    idNumber: MEMBERS[0]!.idNumber,
    eligible: true,
    age: 52,
    collective: 220,
    governmentSubsidy: 320,
    accountCredit: 3540,
  });
  expect(second.idNumber).toBe(MEMBERS[1]!.idNumber);
  expect(data.simulate.totals).toMatchObject({ members: 2, eligible: 2, contribution: 4000 });
  expect(data.simulate.budgetExceeded).toBe(false);
  expect(data.simulate.prorateFactor).toBeNull();
});

test('computes traces only when the trace field is selected', async () => {
  const without = await h.ok('query ($r: JSON!, $m: [MemberInput!]!) { simulate(ruleSet: $r, members: $m) { outcomes { idNumber } } }', {
    r: pilotRuleSet(),
    m: MEMBERS,
  });
  expect(without.simulate.outcomes[0]).toEqual({ idNumber: MEMBERS[0]!.idNumber });
  const withTrace = await h.ok(
    `query ($r: JSON!, $m: [MemberInput!]!) { simulate(ruleSet: $r, members: $m) { ...S } }
     fragment S on Simulation { outcomes { trace } }`,
    { r: pilotRuleSet(), m: MEMBERS },
  );
  expect(Array.isArray(withTrace.simulate.outcomes[0].trace)).toBe(true);
  expect(withTrace.simulate.outcomes[0].trace.length).toBeGreaterThan(0);
});

test('refuses a rule set that does not validate with INVALID_RULESET and its issues', async () => {
  const res = await h.gql(SIMULATE, { r: { ...pilotRuleSet(), personCap: -5 }, m: MEMBERS });
  expect(res.data).toBeNull();
  expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_RULESET');
  expect(res.errors?.[0]?.extensions?.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/personCap' })]));
});

test('refuses bad rows with BAD_USER_INPUT listing every bad row', async () => {
  const members = [MEMBERS[0], { idNumber: '123' }, { idNumber: '640105198509160027', contribution: 10.001 }];
  const res = await h.gql(SIMULATE, { r: pilotRuleSet(), m: members });
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const rows = res.errors?.[0]?.extensions?.rows as { index: number; field: string }[];
  expect(rows.map((r) => r.index)).toEqual([1, 2]);
  expect(rows.map((r) => r.field)).toEqual(['idNumber', 'contribution']);
});
