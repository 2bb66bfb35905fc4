/**
 * Issue 11, files: what the exports write, what GET /files/<id> gives away and how much a village may store, over
 * real HTTP against the real server, on SQLite and (CUNCE_E2E_DB=postgres) PostgreSQL. Names a spreadsheet would
 * run as formulas come out of the CSV neutralised and out of the .xlsx as text; a file that does not exist and one
 * of another village answer alike; a village's documents stay within its quota, parallel uploads included.
 */
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, makeUser, member, villageTeam, type VillageTeam } from '../support/factories.js';
import { filedScheme, importRoster, recordStep, save, schemeOf, settle } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
/** OWASP's CSV injection examples: each starts with = + - @ tab or CR. */
const PAYLOADS = [
  `=cmd|' /C calc'!A0`,
  '+1+cmd|/C calc',
  '-2+3+cmd|/C calc',
  '@SUM(1+9)*cmd|/C calc',
  '\t=1+1',
  '\r=1+1',
  '=HYPERLINK("http://x.example","点我")',
];
const EXPORT = 'query ($id: ID!, $f: ExportFormat!) { settlementExport(settlementId: $id, format: $f) { fileName base64 } }';
const ATTACH = `mutation ($id: ID!, $name: String!, $content: String!) {
  attachDocument(schemeId: $id, step: PARTY_BRANCH_PROPOSAL, fileName: $name, contentBase64: $content) { id url }
}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** RFC 4180 fields of CSV text (quoted fields, doubled quotes, CRLF records). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      records.at(-1)!.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      records.at(-1)!.push(field);
      field = '';
      records.push([]);
      i++;
    } else field += ch;
  }
  return records.filter((r) => r.length > 0);
}

describe('exports of names a spreadsheet would run', () => {
  const s = useServer();
  let team: VillageTeam;
  let settlementId: string;

  beforeAll(async () => {
    team = await villageTeam(s.admin, VILLAGE);
    await filedScheme(team, flatRuleSet(VILLAGE, 30));
    await importRoster(
      team.cadre.client,
      VILLAGE,
      2025,
      PAYLOADS.map((name) => member({ name })),
    );
    settlementId = (await settle(team.cadre.client, VILLAGE, 2025)).id;
  });

  const exported = async (format: 'CSV' | 'XLSX') =>
    Buffer.from((await team.cadre.client.ok(EXPORT, { id: settlementId, f: format })).settlementExport.base64, 'base64');

  test('the CSV gives each such name a leading quote, as OWASP asks, and keeps it whole in its own field', async () => {
    const records = csvRecords((await exported('CSV')).toString('utf8').replace(/^\uFEFF/, ''));
    const names = records.filter((r) => /^\d+$/.test(r[0]!)).map((r) => r[1]);
    expect(names).toEqual(PAYLOADS.map((p) => `'${p}`));
    const dangerous = records.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
    expect(dangerous).toEqual([]);
  });

  test('the .xlsx keeps each such name as text, never as a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported('XLSX')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('花名册')!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula || c.formula)).toEqual([]);
    const names = sheet.getColumn(2).values.slice(-PAYLOADS.length - 1, -1);
    // XML reads a bare CR back as a line feed: the name stays text either way.
    expect(names).toEqual(PAYLOADS.map((p) => p.replace(/\r/g, '\n')));
    expect(cells.filter((c) => names.includes(c.value)).map((c) => c.type)).toEqual(PAYLOADS.map(() => ExcelJS.ValueType.String));
  });
});

describe('GET /files/<id>', () => {
  const s = useServer();

  test('answers a reader of another village the same status and body as for a file that does not exist', async () => {
    const team = await villageTeam(s.admin, VILLAGE);
    await save(team.cadre.client, flatRuleSet(VILLAGE, 30));
    const schemeId = (await schemeOf(team.cadre.client, VILLAGE, 2025))!.id;
    await recordStep(team.cadre.client, schemeId, 'PARTY_BRANCH_PROPOSAL', '2025-01-06');
    const doc = (await team.cadre.client.ok(ATTACH, { id: schemeId, name: '提议.pdf', content: PDF.toString('base64') })).attachDocument;
    const base = s.server.url.replace(/\/graphql$/, '');
    const get = async (path: string, token?: string) => {
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, body: await res.text() };
    };
    const stranger = await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.neighbour);
    const forbidden = await get(doc.url, stranger.client.token);
    const missing = await get(`/files/${Number(doc.id) + 1000}`, stranger.client.token);
    expect(forbidden).toEqual(missing);
    expect(forbidden.status).toBe(404);
    expect(JSON.parse(forbidden.body).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await get(doc.url, team.cadre.client.token)).status).toBe(200);
  });
});

describe('the documents quota of a village', () => {
  const s = useServer({ env: { CUNCE_VILLAGE_DOCUMENTS: '4', CUNCE_VILLAGE_DOCUMENT_MB: '1' } });
  let team: VillageTeam;
  const schemes: string[] = [];
  const photo = (bytes: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(bytes - 4)]);
  const attach = (schemeId: string, name: string, content: Buffer) =>
    team.cadre.client.request(ATTACH, { id: schemeId, name, content: content.toString('base64') });
  const stored = async () => {
    const query = 'query ($v: String!, $y: Int!) { village(code: $v) { scheme(year: $y) { documents { id } } } }';
    const counts = await Promise.all(
      [2025, 2026].map(async (y) => (await team.cadre.client.ok(query, { v: VILLAGE, y })).village.scheme.documents.length),
    );
    return counts[0]! + counts[1]!;
  };

  beforeAll(async () => {
    team = await villageTeam(s.admin, VILLAGE);
    for (const year of [2025, 2026]) {
      await save(team.cadre.client, flatRuleSet(VILLAGE, 30, year));
      schemes.push((await schemeOf(team.cadre.client, VILLAGE, year))!.id);
      await recordStep(team.cadre.client, schemes.at(-1)!, 'PARTY_BRANCH_PROPOSAL', `${year}-01-06`);
    }
  });

  test('refuses a file that would take the village past its bytes, naming the quota, and stores nothing', async () => {
    expect((await attach(schemes[0]!, '公示1.jpg', photo(700 * 1024))).errors).toBeUndefined();
    const res = await attach(schemes[1]!, '公示2.jpg', photo(700 * 1024));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'VILLAGE_QUOTA' });
    expect(res.errors?.[0]?.message).toBe('本村已存1个文件、共0.7 MB，每村最多存4个文件、共1.0 MB；请先删除不再需要的文件后再上传');
    expect(await stored()).toBe(1);
  });

  test('parallel uploads to two schemes of the village never store more files than the quota', async () => {
    const uploads = await Promise.all([0, 1, 0, 1, 0, 1].map((i, n) => attach(schemes[i]!, `纪要${n}.pdf`, PDF)));
    const refusals = uploads.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.reason ?? e.extensions?.code);
    expect(
      refusals.every((r) => r === 'VILLAGE_QUOTA' || r === 'CONFLICT'),
      JSON.stringify(refusals),
    ).toBe(true);
    expect(await stored()).toBeLessThanOrEqual(4);
    for (let n = 0; n < 4 && (await stored()) < 4; n++) expect((await attach(schemes[n % 2]!, `补传${n}.pdf`, PDF)).errors).toBeUndefined();
    expect((await attach(schemes[0]!, '再传.pdf', PDF)).errors?.[0]?.extensions?.reason).toBe('VILLAGE_QUOTA');
    expect(await stored()).toBe(4);
  });
});
