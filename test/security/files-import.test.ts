/**
 * Issue 11, roster files: zip bombs and oversized files sent to `importRosterFile` over real HTTP against the real
 * server, on SQLite and (CUNCE_E2E_DB=postgres) PostgreSQL. Each is refused as BAD_USER_INPUT (reason
 * FILE_TOO_LARGE) with the limit in a Chinese message, imports nothing, and leaves the server answering; a normal
 * 10,000-row file still imports. The hostile files are built in memory (zipBombs.ts), each under 7 MB so that it
 * fits the 10 MB request as base64.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, member, villageTeam, type VillageTeam } from '../support/factories.js';
import { ROSTER } from '../support/operations.js';
import { save } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';
import { blankSheet, deflated, rowXml, sheetOf, xlsx, zip } from './zipBombs.js';

const VILLAGE = PILOT.village;
const HEADERS = ['姓名', '身份证号', '是否集体经济组织成员', '缴费档次', '缴费类型', '困难类别', '是否政府代缴', '已缴费年限'];
const IMPORT_FILE = `mutation ($v: String!, $f: String!, $n: String!) {
  importRosterFile(villageCode: $v, year: 2025, fileBase64: $f, fileName: $n) { imported updated removed }
}`;
const MB = 1024 * 1024;

/** 300,000 rows of a name and an 18-character ID number (unread past the limit, so not checked): 43 MB of sheet XML. */
const manyRows = () => Array.from({ length: 300_000 }, (_, i) => [`村民${i}`, `64012119${String(i).padStart(10, '0')}`]);

describe('importing hostile roster files', () => {
  const s = useServer();
  let team: VillageTeam;

  beforeAll(async () => {
    team = await villageTeam(s.admin, VILLAGE);
    await save(team.cadre.client, flatRuleSet(VILLAGE, 30));
  });

  const send = (file: Buffer, name = '花名册.xlsx') =>
    team.cadre.client.request(IMPORT_FILE, { v: VILLAGE, f: file.toString('base64'), n: name });
  const roster = async () => (await team.cadre.client.ok(ROSTER, { village: VILLAGE, year: 2025 })).village.roster as unknown[];

  /** The refusal, with the roster still empty and the server still answering. */
  async function refused(file: Buffer, name?: string) {
    expect(file.length).toBeLessThan(7 * MB);
    // Building the file kept this process busy: let the client drop the connections the server closed meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const res = await send(file, name);
    expect(res.data?.importRosterFile ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileBase64', reason: 'FILE_TOO_LARGE' });
    expect(await roster()).toEqual([]);
    return res.errors![0]!.message;
  }

  test('refuses a 0.5 MB .xlsx whose sheet expands to 480 MB, by its directory, before inflating it', async () => {
    const message = await refused(xlsx(blankSheet(rowXml(1, HEADERS), 480)));
    expect(message).toBe('“花名册.xlsx”解压后共480 MB，超过100 MB的上限；未导入任何成员');
  });

  test('refuses an .xlsx whose directory says its sheet is 1 MB but whose sheet inflates to 480 MB, once 1 MB is passed', async () => {
    const message = await refused(xlsx(blankSheet(rowXml(1, HEADERS), 480, MB)));
    expect(message).toBe(
      '“花名册.xlsx”中的xl/worksheets/sheet1.xml解压后超过文件目录所记的1 MB，文件已损坏或被篡改（疑似压缩炸弹）；未导入任何成员',
    );
  });

  test('refuses an .xlsx compressed more than 100 times even when its total is under the limit', async () => {
    const message = await refused(xlsx(blankSheet(rowXml(1, HEADERS), 40)));
    expect(message).toMatch(/^“花名册\.xlsx”中的xl\/worksheets\/sheet1\.xml压缩了\d+倍，超过100倍的上限（疑似压缩炸弹）；未导入任何成员$/);
  });

  test('refuses an archive of more than 1,000 parts', async () => {
    const parts = Array.from({ length: 1001 }, (_, i) => deflated(`xl/media/${i}.xml`, '<x/>'));
    expect(await refused(zip(parts))).toBe(
      '“花名册.xlsx”内含1001个部件，超过1000个的上限；请在 Excel 中另存为新的 .xlsx 后导入；未导入任何成员',
    );
  });

  test('stops reading a 300,000-row .xlsx at the first row past the limit', async () => {
    const sheet = [rowXml(1, HEADERS), ...manyRows().map((cells, i) => rowXml(i + 2, cells))].join('');
    expect(await refused(xlsx(sheetOf(sheet)))).toBe(
      '文件有内容的行超过10100行（读到第10101行时已超过），每次最多导入10000名成员，请分成几个文件导入；未导入任何成员',
    );
  });

  test('stops reading a 300,000-row CSV at the first row past the limit', async () => {
    const csv = Buffer.from([HEADERS.join(','), ...Array.from({ length: 300_000 }, (_, i) => `村民${i}`)].join('\r\n'));
    expect(await refused(csv, '花名册.csv')).toBe(
      '文件有内容的行超过10100行（读到第10101行时已超过），每次最多导入10000名成员，请分成几个文件导入；未导入任何成员',
    );
  });

  test('refuses a CSV over 5 MB before parsing it', async () => {
    const csv = Buffer.from(`${HEADERS.join(',')}\r\n${'村'.repeat(2 * MB)}\r\n`);
    expect(await refused(csv, '花名册.csv')).toBe('“花名册.csv”有6 MB，超过 .csv 文件5 MB的上限；未导入任何成员');
  });

  test('still imports a normal 10,000-row .xlsx, a household count merged down its members reaching each of them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('花名册');
    sheet.addRow([...HEADERS, '家庭60周岁以上人数']);
    for (let i = 0; i < 10_000; i++)
      sheet.addRow([`村民${i}`, member().idNumber, '是', 300, '当年缴费', '', '否', 3, i === 0 ? 2 : i < 3 ? null : 0]);
    sheet.mergeCells('I2:I4');
    const res = await send(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(res.errors).toBeUndefined();
    expect(res.data?.importRosterFile).toEqual({ imported: 10_000, updated: 0, removed: 0 });
    const members = (
      await team.cadre.client.ok(`query ($v: String!) { village(code: $v) { roster(year: 2025) { name householdElderly } } }`, {
        v: VILLAGE,
      })
    ).village.roster;
    expect(members.slice(0, 4)).toEqual([
      { name: '村民0', householdElderly: 2 },
      { name: '村民1', householdElderly: 2 },
      { name: '村民2', householdElderly: 2 },
      { name: '村民3', householdElderly: 0 },
    ]);
  });
});
