import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { Member } from '../src/modules/lifecycle/roster/member.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { csvBase64, HEADERS, IMPORT_FILE, readXlsx, xlsxBase64 } from './excel.fixtures.js';
import { errorOf, fileScheme, idNumber, ruleSet, villageTeam, type VillageTeam } from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
  await fileScheme(h, team, ruleSet({ facts: [{ name: 'hasLand', label: '是否有承包地', type: 'boolean' }] }));
});
afterAll(() => h.close());

const rosterOf = () => h.em().find(Member, { village: { code: PILOT.village }, year: 2025 }, { orderBy: { id: 'asc' } });
const TEMPLATE = 'query ($v: String!, $y: Int!) { rosterTemplate(villageCode: $v, year: $y) { fileName mimeType base64 } }';
const send = (f: string, n: string, token = team.cadre, replace = false) =>
  h.gql(IMPORT_FILE, { v: PILOT.village, y: 2025, f, n, replace }, token);

describe('the roster template', () => {
  test("has the Chinese headers, then the village's own facts, and the ID column as text", async () => {
    const t = (await h.ok(TEMPLATE, { v: PILOT.village, y: 2025 }, team.cadre)).rosterTemplate;
    expect(t.fileName).toBe('花名册模板-通桥村-2025.xlsx');
    const sheet = (await readXlsx(t.base64)).getWorksheet('花名册')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      ...HEADERS,
      '家庭60周岁以上人数',
      '家庭16周岁以下人数',
      '社会资助',
      '本年度已在别处记入的集体补助和资助',
      '是否有承包地',
    ]);
    expect(sheet.getColumn(2).numFmt).toBe('@');
  });
});

describe('importing a roster file', () => {
  test('maps 是/否, Chinese payment types, hardship names and the village facts to codes', async () => {
    const file = await xlsxBase64([
      [...HEADERS, '社会资助', '是否有承包地'],
      ['张三', idNumber(1), '是', 500, '当年缴费', '低保对象、重度残疾人', '否', 3, 12.5, '是'],
      ['李四', idNumber(3), '否', 200, '以往年度补缴', '', '是', '', '', '否'],
      ['王五', idNumber(5), '是', '', '当年缴费', '无', '', 0, 0, ''],
    ]);
    const result = await send(file, '花名册.xlsx');
    expect(result.data?.importRosterFile).toEqual({ imported: 3, updated: 0, removed: 0 });
    const stored = await rosterOf();
    expect(
      stored.map((m) => [
        m.name,
        m.isCollectiveMember,
        m.contributionFen,
        m.paymentType,
        m.hardship,
        m.proxyPaid,
        m.contributionYears,
        m.donationFen,
        m.custom,
      ]),
    ).toEqual([
      ['张三', true, 50000, 'CURRENT', ['MINIMUM_LIVING', 'SEVERE_DISABILITY'], false, 3, 1250, { hasLand: true }],
      ['李四', false, 20000, 'BACK_PAY', [], true, 0, 0, { hasLand: false }],
      ['王五', true, null, 'CURRENT', [], false, 0, 0, null],
    ]);
    const entries = await h.em().find(AuditEntry, { action: 'IMPORT_MEMBERS' });
    expect(entries).toHaveLength(1);
  });

  test('re-importing the same people from CSV updates them, never duplicates', async () => {
    const csv = `${HEADERS.join(',')}\r\n"张三",${idNumber(1)},是,1000,当年缴费,,否,4\r\n李四,${idNumber(3)},否,200,补缴,,是,0\r\n`;
    const result = await send(csvBase64(csv), 'roster.csv');
    expect(result.data?.importRosterFile).toEqual({ imported: 0, updated: 2, removed: 0 });
    const stored = await rosterOf();
    expect(stored).toHaveLength(3);
    expect(stored[0]!.contributionFen).toBe(100000);
  });

  test('reports every bad cell by sheet row and column header, and imports nothing', async () => {
    const before = (await rosterOf()).map((m) => [m.idNumber, m.contributionFen]);
    const file = await xlsxBase64([
      ['村民花名册（标题行）'],
      [...HEADERS, '备注'],
      ['甲', idNumber(7), '对', 500, '当年缴费', '', '否', 1, 'x'],
      ['乙', idNumber(9), '是', 250, '今年', '贫困户', '否', 1, ''],
      // An ID number stored as a number cell: its last digits are already lost.
      // eslint-disable-next-line no-loss-of-precision
      ['丙', 640121197001010111, '是', '五百', '当年缴费', '', '否', -1, ''],
      ['丁', '640121197001010110', '', 500, '当年缴费', '', '否', 1.5, ''],
      ['戊', idNumber(7), '是', 500, '当年缴费', '', '否', 1, ''],
      ['己', idNumber(11), '是', 500, '一次性补缴', '', '不知道', 1, ''],
      [],
      ['庚', idNumber(13), '是', 250, '当年缴费', '', '否', 1, ''],
    ]);
    const result = await send(file, '有错.xlsx', team.cadre, true);
    expect(errorOf(result)).toEqual({
      code: 'BAD_USER_INPUT',
      message: '文件中有13处错误，未导入任何成员；请按提示（第几行、哪一列）逐一更正后重新导入',
    });
    const rows = result.errors?.[0]?.extensions?.rows as { row: number; column: string; code: string; message: string }[];
    expect(rows.map((r) => `${r.row} ${r.column} ${r.code}`)).toMatchInlineSnapshot(`
      [
        "2 备注 UNKNOWN_COLUMN",
        "3 是否集体经济组织成员 NOT_YES_NO",
        "4 缴费类型 UNKNOWN_PAYMENT_TYPE",
        "4 困难类别 UNKNOWN_HARDSHIP",
        "5 身份证号 ID_AS_NUMBER",
        "5 缴费档次 NOT_A_NUMBER",
        "5 已缴费年限 BAD_FIELD",
        "6 身份证号 BAD_ID_NUMBER",
        "6 是否集体经济组织成员 MISSING_FIELD",
        "6 已缴费年限 BAD_FIELD",
        "7 身份证号 DUPLICATE_ID_NUMBER",
        "8 是否政府代缴 NOT_YES_NO",
        "10 缴费档次 NOT_A_TIER",
      ]
    `);
    expect(rows.find((r) => r.code === 'DUPLICATE_ID_NUMBER')?.message).toBe(
      '第7行“身份证号”：与第3行的身份证号重复，同一人只能出现一次，请删除重复的行',
    );
    expect((await rosterOf()).map((m) => [m.idNumber, m.contributionFen])).toEqual(before);
  });

  test('refuses a file that is not .xlsx or .csv, and one that does not open', async () => {
    expect(errorOf(await send(csvBase64('x'), 'roster.xls'))?.code).toBe('BAD_USER_INPUT');
    const broken = await send(Buffer.from('not a zip').toString('base64'), 'roster.xlsx');
    expect(errorOf(broken)).toEqual({ code: 'BAD_USER_INPUT', message: '“roster.xlsx”不是可读取的 .xlsx 文件，请用 Excel 打开后重新保存' });
  });

  test('refuses a cadre of another village and a township officer, as importMembers does', async () => {
    const file = csvBase64(`${HEADERS.join(',')}\n甲,${idNumber(21)},是,500,当年缴费,,否,0\n`);
    const other = await h.loginAs('VILLAGE_CADRE', PILOT.neighbour);
    expect(errorOf(await send(file, 'r.csv', other.token))?.code).toBe('FORBIDDEN');
    expect(errorOf(await send(file, 'r.csv', team.township))?.code).toBe('FORBIDDEN');
    expect(errorOf(await send(file, 'r.csv', ''))?.code).toBe('UNAUTHENTICATED');
  });
});
