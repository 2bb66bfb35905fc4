import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { Member } from '../src/modules/lifecycle/roster/member.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { RECORD, settleYear } from './posting.fixtures.js';
import { findRows, REMOVE, SUMMARY, UPDATE, type PageRow } from './roster.fixtures.js';
import { errorOf, fileScheme, idNumber, IMPORT, member, ruleSet, villageTeam, type VillageTeam } from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
let rows: PageRow[];
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
  await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: [member(1), member(3), member(5)] }, team.cadre);
  rows = (await findRows(h, team.cadre, PILOT.village)).nodes;
});
afterAll(() => h.close());

const stored = async () =>
  (await h.em().find(Member, { village: { code: PILOT.village }, year: 2025 }, { orderBy: { id: 'asc' } })).map((m) => [
    m.idNumber,
    m.name,
    m.contributionFen,
  ]);
const update = (id: string, fields: Record<string, unknown>, token = team.cadre) =>
  h.gql(UPDATE, { v: PILOT.village, id, m: { ...member(3), ...fields } }, token);

describe('editing one member', () => {
  test('overwrites the fields, money in fen, and writes an audit entry of what changed', async () => {
    const result = await h.ok(
      UPDATE,
      { v: PILOT.village, id: rows[1]!.id, m: member(3, { name: '王秀兰', contribution: 1000 }) },
      team.cadre,
    );
    expect(result.updateMember).toEqual({
      id: rows[1]!.id,
      idNumber: idNumber(3),
      name: '王秀兰',
      contribution: 1000,
      hardship: [],
      practice: false,
      settled: false,
    });
    expect(await stored()).toEqual([
      [idNumber(1), '成员1', 50000],
      [idNumber(3), '王秀兰', 100000],
      [idNumber(5), '成员5', 50000],
    ]);
    const entry = await h.em().findOneOrFail(AuditEntry, { action: 'UPDATE_MEMBER' });
    expect([entry.villageCode, entry.year, entry.before, entry.after]).toEqual([
      PILOT.village,
      2025,
      { idNumber: idNumber(3), name: '成员3', contributionFen: 50000 },
      { idNumber: idNumber(3), name: '王秀兰', contributionFen: 100000 },
    ]);
  });

  test('a bad field refuses the edit with the field named, and changes nothing', async () => {
    const before = await stored();
    const badId = `${idNumber(3).slice(0, 17)}${idNumber(3).endsWith('1') ? '2' : '1'}`;
    const byId = await update(rows[1]!.id, { idNumber: badId });
    expect(byId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
    expect(byId.errors?.[0]?.message).toMatch(/^“身份证号”（idNumber）：身份证号校验位错误/);
    const byTier = await update(rows[1]!.id, { contribution: 250 });
    expect(byTier.errors?.[0]?.extensions?.rows).toMatchInlineSnapshot(`
      [
        {
          "code": "NOT_A_TIER",
          "field": "contribution",
          "idNumber": "640121197001010031",
          "index": 0,
          "message": "“缴费档次”（contribution）：250元不是2025年的缴费档次，当年缴费应为 100、200、300、500、1000、2000、3000 元之一",
        },
      ]
    `);
    expect(errorOf(byTier)).toMatchInlineSnapshot(`
      {
        "code": "BAD_USER_INPUT",
        "message": "“缴费档次”（contribution）：250元不是2025年的缴费档次，当年缴费应为 100、200、300、500、1000、2000、3000 元之一",
      }
    `);
    const taken = await update(rows[1]!.id, { idNumber: idNumber(1) });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
    expect(taken.errors?.[0]?.message).toBe(
      `身份证号${idNumber(1)}已是本村2025年度花名册上成员1的身份证号，同一人只能出现一次，请核对身份证号`,
    );
    expect(await stored()).toEqual(before);
  });

  test('the ID number itself can be corrected', async () => {
    await h.ok(UPDATE, { v: PILOT.village, id: rows[1]!.id, m: member(9, { name: '王秀兰', contribution: 1000 }) }, team.cadre);
    expect((await stored())[1]).toEqual([idNumber(9), '王秀兰', 100000]);
  });
});

describe('removing one member', () => {
  test('takes the member off the roster and audits who it was', async () => {
    const result = await h.ok(REMOVE, { v: PILOT.village, id: rows[2]!.id }, team.cadre);
    expect(result.removeMember).toEqual({ id: rows[2]!.id, idNumber: idNumber(5), name: '成员5' });
    expect((await stored()).map(([id]) => id)).toEqual([idNumber(1), idNumber(9)]);
    const entry = await h.em().findOneOrFail(AuditEntry, { action: 'REMOVE_MEMBER' });
    expect(entry.before).toEqual({ idNumber: idNumber(5), name: '成员5', practice: false });
  });

  test('a member not on this village’s roster is NOT_FOUND', async () => {
    const neighbour = (await h.loginAs('VILLAGE_CADRE', PILOT.neighbour)).token;
    await h.ok(IMPORT, { v: PILOT.neighbour, y: 2025, m: [member(11)] }, neighbour);
    const theirs = (await findRows(h, neighbour, PILOT.neighbour)).nodes[0]!.id;
    for (const id of [rows[2]!.id, theirs, '99999']) {
      expect(errorOf(await h.gql(REMOVE, { v: PILOT.village, id }, team.cadre))?.code).toBe('NOT_FOUND');
    }
    expect(errorOf(await update(theirs, {}))?.code).toBe('NOT_FOUND');
  });
});

describe('who may edit and remove', () => {
  test("only the village's cadres: officers, the agency and other villages' cadres get FORBIDDEN and nothing changes", async () => {
    const before = await stored();
    const neighbourCadre = (await h.loginAs('VILLAGE_CADRE', PILOT.neighbour)).token;
    for (const token of [team.township, team.hrss, team.agriculture, team.agency, neighbourCadre]) {
      expect(errorOf(await update(rows[0]!.id, { name: '改名' }, token))?.code).toBe('FORBIDDEN');
      expect(errorOf(await h.gql(REMOVE, { v: PILOT.village, id: rows[0]!.id }, token))?.code).toBe('FORBIDDEN');
    }
    expect(await stored()).toEqual(before);
  });
});

describe('members of a confirmed settlement', () => {
  let settlementId: string;
  beforeAll(async () => {
    await fileScheme(h, team, ruleSet());
    settlementId = await settleYear(h, team, PILOT.village, [], { until: 'ACCEPTED' });
    await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: [member(13)] }, team.cadre);
    rows = (await findRows(h, team.cadre, PILOT.village)).nodes;
  });

  test('are shown settled and can be neither edited nor removed (MEMBER_SETTLED); a late payer still can', async () => {
    expect(rows.map((r) => [r.name, r.settled])).toEqual([
      ['成员1', true],
      ['王秀兰', true],
      ['成员13', false],
    ]);
    const before = await stored();
    expect(errorOf(await update(rows[0]!.id, { ...member(1), name: '改名' }))).toMatchInlineSnapshot(`
      {
        "code": "MEMBER_SETTLED",
        "message": "成员1已在2025年度已确认的结算中，不能修改；如信息有误，请由社保经办机构将该成员退回，更正后进行补充结算",
      }
    `);
    expect(errorOf(await h.gql(REMOVE, { v: PILOT.village, id: rows[1]!.id }, team.cadre))?.code).toBe('MEMBER_SETTLED');
    expect(await stored()).toEqual(before);
    await h.ok(UPDATE, { v: PILOT.village, id: rows[2]!.id, m: member(13, { contribution: 300 }) }, team.cadre);
    expect((await h.ok(SUMMARY, { v: PILOT.village, y: 2025 }, team.cadre)).village.rosterSummary).toEqual({
      total: 3,
      practice: 0,
      settled: 2,
    });
  });

  test('once the agency rejects a member’s posting, the member can be corrected again', async () => {
    await h.ok(RECORD, { id: settlementId, p: [{ idNumber: idNumber(1), status: 'REJECTED', reason: '账户信息不符' }] }, team.agency);
    await h.ok(UPDATE, { v: PILOT.village, id: rows[0]!.id, m: member(1, { name: '李建国' }) }, team.cadre);
    expect((await stored())[0]).toEqual([idNumber(1), '李建国', 50000]);
    expect((await findRows(h, team.cadre, PILOT.village)).nodes.map((r) => r.settled)).toEqual([false, true, false]);
  });

  test('an import may neither change nor drop a settled member; sent again unchanged, with a late payer, it goes through', async () => {
    const before = await stored();
    // 王秀兰 (her ID number corrected above) is in the accepted settlement; 李建国 was rejected by the agency.
    const paid = member(3, { idNumber: rows[1]!.idNumber, name: '王秀兰', contribution: 1000 });
    const others = [member(1, { name: '李建国' }), member(13, { contribution: 300 })];
    const changed = await h.gql(IMPORT, { v: PILOT.village, y: 2025, m: [...others, { ...paid, contribution: 2000 }] }, team.cadre);
    expect(changed.errors?.[0]?.message).toBe('有1名成员已在2025年度已确认的结算中，导入不能修改他们的信息，请按提示逐行改回');
    expect(changed.errors?.[0]?.extensions?.rows).toEqual([
      expect.objectContaining({ index: 2, idNumber: rows[1]!.idNumber, field: 'idNumber', code: 'MEMBER_SETTLED' }),
    ]);
    const dropped = await h.gql(IMPORT, { v: PILOT.village, y: 2025, m: others, replace: true }, team.cadre);
    expect(errorOf(dropped)).toEqual({
      code: 'MEMBER_SETTLED',
      message: '王秀兰已在2025年度已确认的结算中，替换导入不能删除他们：请在文件中保留这些成员，或不选“替换”',
    });
    expect(dropped.errors?.[0]?.extensions).toMatchObject({ field: 'replace', idNumbers: [rows[1]!.idNumber] });
    expect(await stored()).toEqual(before);

    const again = await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: [...others, paid, member(15)], replace: true }, team.cadre);
    expect(again.importMembers).toEqual({ imported: 1, updated: 3, removed: 0 });
  });
});
