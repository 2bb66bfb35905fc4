import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseIdNumber } from '@cunce/rules';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { RuleSetVersion } from '../src/modules/lifecycle/ruleset/ruleSetVersion.entity.js';
import { Scheme } from '../src/modules/lifecycle/scheme/scheme.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import {
  errorOf,
  idNumber,
  invalidRuleSet,
  recordFiveSteps,
  ruleSet,
  SAVE,
  save,
  SCHEME,
  SUBMIT,
  villageTeam,
  type VillageTeam,
} from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
});
afterAll(() => h.close());

const VERSIONS = `query ($v: String!, $y: Int!) { village(code: $v) { scheme(year: $y) {
  status currentVersion { version } versions { version createdBy validation { valid errors { code } } } } } }`;

describe('saving a rule set', () => {
  test('the first save creates the village-year scheme in DRAFT with version 1, the next saves 2', async () => {
    const first = await h.ok(SAVE, { v: PILOT.village, y: 2024, r: ruleSet({ year: 2024 }) }, team.cadre);
    expect(first.saveRuleSet).toMatchObject({ version: 1, validation: { valid: true } });
    const second = await h.ok(SAVE, { v: PILOT.village, y: 2024, r: ruleSet({ year: 2024, title: '修订' }), e: 1 }, team.cadre);
    expect(second.saveRuleSet.version).toBe(2);
    const data = await h.ok(VERSIONS, { v: PILOT.village, y: 2024 }, team.cadre);
    expect(data.village.scheme.status).toBe('DRAFT');
    expect(data.village.scheme.currentVersion).toEqual({ version: 2 });
    expect(data.village.scheme.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  test('stores an invalid rule set as a version that shows it is not valid', async () => {
    const saved = await h.ok(
      SAVE,
      { v: PILOT.neighbour, y: 2024, r: { ...invalidRuleSet(), village: PILOT.neighbour, year: 2024 } },
      (await h.loginAs('VILLAGE_CADRE', PILOT.neighbour)).token,
    );
    expect(saved.saveRuleSet.validation).toEqual({ valid: false });
  });

  test('refuses a document whose village or year differs from the arguments', async () => {
    const otherVillage = await h.gql(SAVE, { v: PILOT.village, y: 2026, r: ruleSet({ year: 2026, village: PILOT.neighbour }) }, team.cadre);
    expect(errorOf(otherVillage)).toMatchInlineSnapshot(`
      {
        "code": "BAD_USER_INPUT",
        "message": "补助标准中的村代码（village）为“640121102202”，与所保存的村通桥村（640121102201）不一致",
      }
    `);
    const otherYear = await h.gql(SAVE, { v: PILOT.village, y: 2026, r: ruleSet({ year: 2025 }) }, team.cadre);
    expect(errorOf(otherYear)).toMatchInlineSnapshot(`
      {
        "code": "BAD_USER_INPUT",
        "message": "补助标准中的年度（year）为2025，与所保存的年度2026不一致",
      }
    `);
    expect(await h.em().count(Scheme, { year: 2026 })).toBe(0);
  });

  test('refuses a rule set that is not an object', async () => {
    for (const r of [[1, 2], 'cunce', 42]) {
      const result = await h.gql(SAVE, { v: PILOT.village, y: 2026, r }, team.cadre);
      expect(errorOf(result)?.code).toBe('BAD_USER_INPUT');
    }
    expect(await h.em().count(Scheme, { year: 2026 })).toBe(0);
  });

  test('refuses an expectedVersion that is not the latest with CONFLICT', async () => {
    const id = await save(h, team.cadre, ruleSet({ village: PILOT.village, year: 2026 }), PILOT.village, 2026);
    const stale = await h.gql(SAVE, { v: PILOT.village, y: 2026, r: ruleSet({ year: 2026 }), e: 0 }, team.cadre);
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', latestVersion: 1 }, path: ['saveRuleSet'] });
    expect(errorOf(stale)?.message).toMatchInlineSnapshot(`"方案已有第1版，与您编辑时的第0版不同，请刷新后在最新版本上修改"`);
    expect(await h.em().count(RuleSetVersion, { scheme: Number(id) })).toBe(1);
  });

  test('of two concurrent saves from the same version exactly one wins, the other gets CONFLICT', async () => {
    const doc = ruleSet({ village: PILOT.elsewhere.village, year: 2025 });
    const cadre = (await h.loginAs('VILLAGE_CADRE', PILOT.elsewhere.village)).token;
    await h.ok(SAVE, { v: PILOT.elsewhere.village, y: 2025, r: doc }, cadre);
    const results = await Promise.all(
      [1, 2].map((n) => h.gql(SAVE, { v: PILOT.elsewhere.village, y: 2025, r: { ...doc, title: `并发${n}` }, e: 1 }, cadre)),
    );
    expect(results.map((r) => errorOf(r)?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const data = await h.ok(VERSIONS, { v: PILOT.elsewhere.village, y: 2025 }, cadre);
    expect(data.village.scheme.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  test('of two concurrent first saves of a scheme exactly one wins', async () => {
    const village = '640181105202';
    const cadre = (await h.loginAs('VILLAGE_CADRE', village)).token;
    const doc = ruleSet({ village, year: 2025 });
    const results = await Promise.all([1, 2].map(() => h.gql(SAVE, { v: village, y: 2025, r: doc, e: 0 }, cadre)));
    expect(results.map((r) => errorOf(r)?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  test('saving while SUBMITTED is INVALID_TRANSITION', async () => {
    const village = '640181105203';
    const cadre = (await h.loginAs('VILLAGE_CADRE', village)).token;
    const id = await save(h, cadre, ruleSet({ village }), village);
    await recordFiveSteps(h, cadre, id);
    await h.ok(SUBMIT, { id }, cadre);
    const result = await h.gql(SAVE, { v: village, y: 2025, r: ruleSet({ village }) }, cadre);
    expect(errorOf(result)).toMatchInlineSnapshot(`
      {
        "code": "INVALID_TRANSITION",
        "message": "方案当前状态为“已报送待备案”，不能保存补助标准",
      }
    `);
  });

  test('writes the audit entries in the same change', async () => {
    const entries = await h.em().find(AuditEntry, { villageCode: PILOT.village, year: 2024 }, { orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual(['CREATE_SCHEME', 'CREATE_VERSION', 'SAVE_RULESET', 'CREATE_VERSION']);
  });
});

describe('who may save and read', () => {
  test('refuses other roles and other villages with FORBIDDEN and stores nothing', async () => {
    const doc = ruleSet({ year: 2026, village: PILOT.neighbour });
    const others = [team.township, team.hrss, team.agriculture, team.agency, team.cadre];
    for (const token of others) {
      const result = await h.gql(SAVE, { v: PILOT.neighbour, y: 2026, r: doc }, token);
      expect(errorOf(result)?.code).toBe('FORBIDDEN');
    }
    expect(await h.em().count(Scheme, { year: 2026, village: { code: PILOT.neighbour } })).toBe(0);
  });

  test('refuses saving without login with UNAUTHENTICATED', async () => {
    const result = await h.gql(SAVE, { v: PILOT.village, y: 2026, r: ruleSet({ year: 2026 }) });
    expect(errorOf(result)?.code).toBe('UNAUTHENTICATED');
  });

  test('the region administrator may save for any village', async () => {
    const village = '640181105204';
    const saved = await h.ok(SAVE, { v: village, y: 2025, r: ruleSet({ village }) }, await h.adminToken());
    expect(saved.saveRuleSet.version).toBe(1);
  });

  test('the township reads the scheme; the test cases show it a fictitious number of the same age and gender, the cadre the real one', async () => {
    const id = idNumber(1, '19600315');
    const doc = ruleSet({
      year: 2026,
      tests: [{ name: '缴费500元', member: { idNumber: id, contribution: 500 }, expect: { collective: 100 } }],
    });
    await h.ok(SAVE, { v: PILOT.village, y: 2026, r: doc }, team.cadre);
    const q = `query ($v: String!) { village(code: $v) { scheme(year: 2026) { currentVersion { ruleSet } } } }`;
    const byTownship = await h.ok(q, { v: PILOT.village }, team.township);
    const shown = byTownship.village.scheme.currentVersion.ruleSet.tests[0].member.idNumber;
    expect(shown).not.toBe(id);
    // 66 on 31 December 2026 either way, a man (sequence 001) either way.
    expect(parseIdNumber(shown)).toMatchObject({ ok: true, birthDate: '1960-01-01', gender: 'M' });
    const byCadre = await h.ok(q, { v: PILOT.village }, team.cadre);
    expect(byCadre.village.scheme.currentVersion.ruleSet.tests[0].member.idNumber).toBe(id);
  });

  test("a village outside the reader's area is FORBIDDEN, an unknown one null", async () => {
    const q = `query ($v: String!) { village(code: $v) { name scheme(year: 2025) { id } } }`;
    expect(errorOf(await h.gql(q, { v: PILOT.elsewhere.village }, team.township))?.code).toBe('FORBIDDEN');
    expect((await h.ok(q, { v: '640121102299' }, team.township)).village).toBeNull();
  });

  test('scheme fields reached through the public counties query still need the right area', async () => {
    const q = `{ counties { townships { villages { code scheme(year: 2024) { id } } } } }`;
    expect(errorOf(await h.gql(q))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await h.gql(q, {}, team.cadre))?.code).toBe('FORBIDDEN');
  });

  test('a county department reads the scheme of a year', async () => {
    const data = await h.ok(SCHEME, { v: PILOT.village, y: 2024 }, team.hrss);
    expect(data.village.scheme).toMatchObject({ year: 2024, lastYear: 2024, status: 'DRAFT', filedVersion: null });
  });
});
