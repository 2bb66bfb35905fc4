import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { Member } from '../src/modules/lifecycle/roster/member.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { errorOf, idNumber, member, villageTeam, type VillageTeam } from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
});
afterAll(() => h.close());

const IMPORT = `mutation ($v: String!, $y: Int!, $m: [MemberInput!]!, $replace: Boolean) {
  importMembers(villageCode: $v, year: $y, members: $m, replace: $replace) { imported updated removed }
}`;
const ROSTER = `query ($v: String!, $y: Int!) { village(code: $v) { roster(year: $y) { idNumber name contribution paymentType hardship donation } } }`;
const rosterOf = async (village = PILOT.village, year = 2025) =>
  await h.em().find(Member, { village: { code: village }, year }, { orderBy: { id: 'asc' } });

describe('importing a roster', () => {
  test('adds the members sent, money stored in fen', async () => {
    const members = [member(1), member(3, { contribution: 2000, donation: 12.5 }), member(5, { contribution: null })];
    const result = await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: members }, team.cadre);
    expect(result.importMembers).toEqual({ imported: 3, updated: 0, removed: 0 });
    const stored = await rosterOf();
    expect(stored.map((m) => [m.contributionFen, m.donationFen])).toEqual([
      [50000, 0],
      [200000, 1250],
      [null, 0],
    ]);
  });

  test('upserts by ID number: members already on the roster are updated, new ones added', async () => {
    const result = await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: [member(1, { contribution: 1000 }), member(7)] }, team.cadre);
    expect(result.importMembers).toEqual({ imported: 1, updated: 1, removed: 0 });
    const stored = await rosterOf();
    expect(stored).toHaveLength(4);
    expect(stored.find((m) => m.idNumber === idNumber(1))?.contributionFen).toBe(100000);
  });

  test('with replace also removes the members not sent', async () => {
    const result = await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: [member(1), member(3)], replace: true }, team.cadre);
    expect(result.importMembers).toEqual({ imported: 0, updated: 2, removed: 2 });
    expect((await rosterOf()).map((m) => m.idNumber)).toEqual([idNumber(1), idNumber(3)]);
  });

  test('a lower-case x is stored upper-case and the same person matched', async () => {
    const withX = [...Array(40).keys()].map((n) => idNumber(100 + n)).find((id) => id.endsWith('X'))!;
    await h.ok(
      IMPORT,
      { v: PILOT.neighbour, y: 2025, m: [member(0, { idNumber: withX.toLowerCase() })] },
      (await h.loginAs('VILLAGE_CADRE', PILOT.neighbour)).token,
    );
    expect((await rosterOf(PILOT.neighbour)).map((m) => m.idNumber)).toEqual([withX]);
  });

  test('bad rows refuse the whole call with every bad row in extensions.rows, and change nothing', async () => {
    const before = await rosterOf();
    const members = [member(9), member(11, { contribution: 250 }), { ...member(13), paymentType: undefined }, member(9)];
    const result = await h.gql(IMPORT, { v: PILOT.village, y: 2025, m: members, replace: true }, team.cadre);
    expect(errorOf(result)?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.rows).toMatchInlineSnapshot(`
      [
        {
          "code": "NOT_A_TIER",
          "field": "contribution",
          "idNumber": "640121197001010111",
          "index": 1,
          "message": "第2行“缴费档次”（contribution）：250元不是2025年的缴费档次，当年缴费应为 100、200、300、500、1000、2000、3000 元之一",
        },
        {
          "code": "MISSING_FIELD",
          "field": "paymentType",
          "idNumber": "640121197001010138",
          "index": 2,
          "message": "第3行“缴费类型”（paymentType）：导入名册时必须填写，应为 CURRENT、BACK_PAY、LUMP_SUM 之一",
        },
        {
          "code": "DUPLICATE_ID_NUMBER",
          "field": "idNumber",
          "idNumber": "640121197001010090",
          "index": 3,
          "message": "第4行“身份证号”（idNumber）：与第1行（序号0）的身份证号重复，同一人只能出现一次，请删除重复的行",
        },
      ]
    `);
    expect((await rosterOf()).map((m) => m.idNumber)).toEqual(before.map((m) => m.idNumber));
  });

  test('refuses more than 10,000 members a call', async () => {
    const many = Array.from({ length: 10_001 }, (_, n) => ({ idNumber: String(n) }));
    const result = await h.gql(IMPORT, { v: PILOT.village, y: 2025, m: many }, team.cadre);
    expect(errorOf(result)).toMatchInlineSnapshot(`
      {
        "code": "BAD_USER_INPUT",
        "message": "每次最多提交10000名成员，本次10001名，请分批提交",
      }
    `);
  });

  test('writes one audit entry summarising the import', async () => {
    const entries = await h
      .em()
      .find(AuditEntry, { villageCode: PILOT.village, year: 2025, action: 'IMPORT_MEMBERS' }, { orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.after)).toEqual([
      { imported: 3, updated: 0, removed: 0, practiceRemoved: 0, replace: false, practice: false, total: 3, warnings: 0 },
      { imported: 1, updated: 1, removed: 0, practiceRemoved: 0, replace: false, practice: false, total: 4, warnings: 0 },
      { imported: 0, updated: 2, removed: 2, practiceRemoved: 0, replace: true, practice: false, total: 2, warnings: 0 },
    ]);
  });
});

describe('who may import and read the roster', () => {
  test("only the village's cadres and the region administrator import: others get FORBIDDEN and nothing changes", async () => {
    const neighbourCadre = (await h.loginAs('VILLAGE_CADRE', PILOT.neighbour)).token;
    for (const token of [team.township, team.hrss, team.agriculture, team.agency, neighbourCadre]) {
      const result = await h.gql(IMPORT, { v: PILOT.village, y: 2025, m: [member(21)], replace: true }, token);
      expect(errorOf(result)?.code).toBe('FORBIDDEN');
    }
    expect(await rosterOf()).toHaveLength(2);
    const byAdmin = await h.ok(IMPORT, { v: PILOT.village, y: 2024, m: [member(21)] }, await h.adminToken());
    expect(byAdmin.importMembers.imported).toBe(1);
  });

  test('ID numbers are whole for the cadre and the agency, masked for the township and the county', async () => {
    const id = idNumber(1);
    const masked = `${id.slice(0, 6)}********${id.slice(-4)}`;
    const shown = async (token: string) => (await h.ok(ROSTER, { v: PILOT.village, y: 2025 }, token)).village.roster[0].idNumber;
    expect(await shown(team.cadre)).toBe(id);
    expect(await shown(team.agency)).toBe(id);
    expect(await shown(team.township)).toBe(masked);
    expect(await shown(team.hrss)).toBe(masked);
  });

  test('the roster reads back in yuan in import order', async () => {
    const data = await h.ok(ROSTER, { v: PILOT.village, y: 2025 }, team.cadre);
    expect(data.village.roster).toEqual([
      { idNumber: idNumber(1), name: '成员1', contribution: 500, paymentType: 'CURRENT', hardship: [], donation: 0 },
      { idNumber: idNumber(3), name: '成员3', contribution: 500, paymentType: 'CURRENT', hardship: [], donation: 0 },
    ]);
  });
});
