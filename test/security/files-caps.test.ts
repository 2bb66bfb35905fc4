/**
 * Issue 11, size caps on what is stored: names, notes, reasons, a member's own facts (`custom`), codes, over real
 * HTTP against the real server, on SQLite and (CUNCE_E2E_DB=postgres) PostgreSQL. A value past its cap is refused
 * as BAD_USER_INPUT (reason TOO_LONG) with a Chinese message naming the field and the cap, and nothing changes.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, member, villageTeam, type VillageTeam } from '../support/factories.js';
import type { GqlResult } from '../support/gql.js';
import { IMPORT, RECORD_STEP, ROSTER } from '../support/operations.js';
import { save, schemeOf } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
const IMPORT_FILE = `mutation ($v: String!, $f: String!) {
  importRosterFile(villageCode: $v, year: 2025, fileBase64: $f, fileName: "花名册.csv") { imported }
}`;

function tooLong(res: GqlResult, field: string, message: string): void {
  expect(res.data ? Object.values(res.data).every((v) => v === null) : true).toBe(true);
  expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason: 'TOO_LONG' });
  expect(res.errors?.[0]?.message).toBe(message);
}

describe('caps on stored text', () => {
  const s = useServer();
  let team: VillageTeam;
  let schemeId: string;
  const roster = async () => (await team.cadre.client.ok(ROSTER, { village: VILLAGE, year: 2025 })).village.roster as unknown[];

  beforeAll(async () => {
    team = await villageTeam(s.admin, VILLAGE);
    await save(team.cadre.client, flatRuleSet(VILLAGE, 30));
    schemeId = (await schemeOf(team.cadre.client, VILLAGE, 2025))!.id;
  });

  test('importMembers refuses a name over 50 characters and stores no one', async () => {
    const res = await team.cadre.client.request(IMPORT, {
      village: VILLAGE,
      year: 2025,
      members: [member(), member({ name: '张'.repeat(51) })],
    });
    tooLong(res, 'name', '姓名（name）至多50个字，第2项现为51个，请删减后再提交');
    expect(await roster()).toEqual([]);
  });

  test("importMembers refuses a member's own facts (custom) over 4 KB", async () => {
    const res = await team.cadre.client.request(IMPORT, {
      village: VILLAGE,
      year: 2025,
      members: [member({ custom: { note: 'x'.repeat(5000) } })],
    });
    tooLong(res, 'custom', '本村自定义项目（custom）至多4 KB，第1项现为4.9 KB，请删减后再提交');
    expect(await roster()).toEqual([]);
  });

  test('a roster file with a name over 50 characters is refused at its row and column', async () => {
    const csv = `姓名,身份证号,是否集体经济组织成员,缴费档次,缴费类型\r\n${'张'.repeat(60)},${member().idNumber},是,300,当年缴费\r\n`;
    const res = await team.cadre.client.request(IMPORT_FILE, { v: VILLAGE, f: Buffer.from(csv).toString('base64') });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rows = res.errors?.[0]?.extensions?.rows as { row: number; column: string; code: string; message: string }[];
    expect(rows.map((r) => r.message)).toEqual(['第2行“姓名”：至多50个字，现为60个，请删减']);
    expect(await roster()).toEqual([]);
  });

  test("a decision step's note over 500 characters is refused and the step not recorded", async () => {
    const res = await team.cadre.client.request(RECORD_STEP, {
      schemeId,
      step: 'PARTY_BRANCH_PROPOSAL',
      date: '2025-01-06',
      note: '议'.repeat(501),
    });
    tooLong(res, 'note', '说明（note）至多500个字，现为501个，请删减后再提交');
    expect((await schemeOf(team.cadre.client, VILLAGE, 2025))!.decisionSteps).toEqual([]);
  });

  test("a new village's name over 50 characters is refused and no village added", async () => {
    const res = await s.admin.request(
      'mutation ($n: String!) { addVillage(townshipCode: "640121102", code: "640121102299", name: $n) { code } }',
      { n: '村'.repeat(51) },
    );
    tooLong(res, 'name', '名称（name）至多50个字，现为51个，请删减后再提交');
    expect((await s.admin.ok('{ village(code: "640121102299") { code } }')).village).toBeNull();
  });

  test('a code of 1,000 characters is refused before any lookup, and not echoed back', async () => {
    const res = await team.cadre.client.request('query ($c: String!) { village(code: $c) { code } }', { c: '6'.repeat(1000) });
    tooLong(res, 'code', '代码（code）至多20个字，现为1000个，请删减后再提交');
  });
});
