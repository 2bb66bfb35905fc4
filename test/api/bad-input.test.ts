/**
 * Bad input is refused whole with the contract's shapes: bad member rows as BAD_USER_INPUT with every row in
 * extensions.rows (nothing evaluated or stored), a rule set that does not validate as INVALID_RULESET with
 * extensions.issues, a document for another village or year as BAD_USER_INPUT.
 */
import { describe, expect, test } from 'vitest';
import { makeIdNumber } from '@cunce/rules';
import { PILOT, flatRuleSet, member, ruleSet, villageTeam, type VillageTeam } from '../support/factories.js';
import type { GqlResult } from '../support/gql.js';
import { IMPORT, ROSTER, SAVE_RULE_SET, SIMULATE, SUBMIT, VALIDATE } from '../support/operations.js';
import { decide, schemeOf } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
const YEAR = 2025;
const CHINESE = /[\u4e00-\u9fff]/;

const good = member();
const badRows = [
  good,
  member({ idNumber: good.idNumber.slice(0, 17) + (good.idNumber.endsWith('0') ? '1' : '0') }), // wrong check character
  member({ idNumber: makeIdNumber('640121', '1990-02-30', '011').slice(0, 17) + 'X' }), // impossible birth date
  member({ idNumber: makeIdNumber('640121', '2015-06-01', '021') }), // under 16
  member({ contribution: 0 }),
  member({ contribution: 250 }), // not a tier
  member({ donation: -5 }),
  member({ donation: 10.005 }),
  { ...good, name: '重复' }, // the same ID number twice
];

/** The stable part of the rows: index, field, code; each message Chinese. */
function rowsOf(result: GqlResult) {
  const rows = result.errors?.[0]?.extensions?.rows as { index: number; idNumber: string; field: string; code: string; message: string }[];
  for (const r of rows) expect(r.message).toMatch(CHINESE);
  return rows.map((r) => `${r.index} ${r.field} ${r.code}`);
}

describe('bad input', () => {
  const s = useServer();
  let team: VillageTeam;

  test('simulate refuses a roster with bad rows, naming every bad row', async () => {
    const res = await s.anon.request(SIMULATE, { ruleSet: flatRuleSet(VILLAGE, 30, YEAR), members: badRows });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data).toBeNull();
    expect(rowsOf(res)).toMatchInlineSnapshot(`
      [
        "1 idNumber BAD_ID_NUMBER",
        "2 idNumber BAD_ID_NUMBER",
        "3 idNumber UNDER_AGE",
        "4 contribution BAD_CONTRIBUTION",
        "5 contribution NOT_A_TIER",
        "6 donation BAD_AMOUNT",
        "7 donation BAD_AMOUNT",
        "8 idNumber DUPLICATE_ID_NUMBER",
      ]
    `);
  });

  test('a lower-case x check character is accepted and answered upper-case', async () => {
    const upper = [...Array(1000).keys()]
      .map((i) => makeIdNumber('640121', '1970-03-04', String(i).padStart(3, '0')))
      .find((id) => id.endsWith('X'))!;
    const { simulate } = await s.anon.ok(SIMULATE, {
      ruleSet: flatRuleSet(VILLAGE, 30, YEAR),
      members: [member({ idNumber: upper.toLowerCase() })],
    });
    expect(simulate.outcomes[0].idNumber).toBe(upper);
  });

  test('importMembers refuses the whole roster when one row is bad and stores nothing', async () => {
    team = await villageTeam(s.admin, VILLAGE);
    const res = await team.cadre.client.request(IMPORT, { village: VILLAGE, year: YEAR, members: badRows });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(rowsOf(res)).toMatchInlineSnapshot(`
      [
        "1 idNumber BAD_ID_NUMBER",
        "2 idNumber BAD_ID_NUMBER",
        "3 idNumber UNDER_AGE",
        "4 contribution BAD_CONTRIBUTION",
        "5 contribution NOT_A_TIER",
        "6 donation BAD_AMOUNT",
        "7 donation BAD_AMOUNT",
        "8 idNumber DUPLICATE_ID_NUMBER",
      ]
    `);
    expect((await team.cadre.client.ok(ROSTER, { village: VILLAGE, year: YEAR })).village.roster).toEqual([]);
  });

  test('importMembers requires isCollectiveMember and paymentType on every row', async () => {
    const { isCollectiveMember: _c, paymentType: _p, ...bare } = member();
    const res = await team.cadre.client.request(IMPORT, { village: VILLAGE, year: YEAR, members: [member(), bare] });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(rowsOf(res)).toMatchInlineSnapshot(`
      [
        "1 isCollectiveMember MISSING_FIELD",
        "1 paymentType MISSING_FIELD",
      ]
    `);
  });

  test('simulate refuses a rule set that does not validate with INVALID_RULESET and every issue', async () => {
    const broken = ruleSet(VILLAGE, YEAR, {
      personCap: 5000,
      overBudget: 'SOMETIMES' as never,
      sections: [...ruleSet(VILLAGE, YEAR).sections, { key: 'a', label: '空', hitPolicy: 'FIRST', rules: [] }],
    });
    const res = await s.anon.request(SIMULATE, { ruleSet: broken, members: [member()] });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_RULESET');
    const issues = res.errors![0]!.extensions!.issues as { path: string; code: string; message: string }[];
    for (const i of issues) expect(i.message).toMatch(CHINESE);
    expect(issues.map((i) => `${i.path} ${i.code}`)).toMatchInlineSnapshot(`
      [
        "/overBudget BAD_FIELD",
        "/personCap CAP_ABOVE_REGION_MAX",
        "/sections/1/rules EMPTY_SECTION",
      ]
    `);
  });

  test('validateRuleSet answers the same issues without an error', async () => {
    const { validateRuleSet } = await s.anon.ok(VALIDATE, { ruleSet: ruleSet(VILLAGE, YEAR, { personCap: 5000 }) });
    expect(validateRuleSet.valid).toBe(false);
    expect(validateRuleSet.errors.map((i: { path: string; code: string }) => `${i.path} ${i.code}`)).toMatchInlineSnapshot(`
      [
        "/personCap CAP_ABOVE_REGION_MAX",
      ]
    `);
  });

  test('saveRuleSet refuses a document of another village or year with BAD_USER_INPUT and stores nothing', async () => {
    for (const doc of [flatRuleSet(PILOT.neighbour, 30, YEAR), flatRuleSet(VILLAGE, 30, 2024)]) {
      const res = await team.cadre.client.request(SAVE_RULE_SET, { village: VILLAGE, year: YEAR, ruleSet: doc });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await schemeOf(team.cadre.client, VILLAGE, YEAR)).toBeNull();
  });

  test('a version that does not validate is stored as such, and submitting it is INVALID_RULESET with its issues', async () => {
    const { saveRuleSet } = await team.cadre.client.ok(SAVE_RULE_SET, {
      village: VILLAGE,
      year: YEAR,
      ruleSet: ruleSet(VILLAGE, YEAR, { personCap: 5000 }),
    });
    expect(saveRuleSet).toMatchObject({ version: 1, validation: { valid: false } });
    const id = (await schemeOf(team.cadre.client, VILLAGE, YEAR))!.id;
    await decide(team.cadre.client, id);
    const res = await team.cadre.client.request(SUBMIT, { schemeId: id });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_RULESET');
    expect((res.errors![0]!.extensions!.issues as { code: string }[]).map((i) => i.code)).toContain('CAP_ABOVE_REGION_MAX');
    expect((await schemeOf(team.cadre.client, VILLAGE, YEAR))!.status).toBe('DRAFT');
  });
});
