/** Documents of the decision steps: types judged by content, sizes, counts, roles, audit, and when they may change. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { StepDocument } from '../src/modules/lifecycle/document/stepDocument.entity.js';
import { ATTACH, b64, DOC, DOCX, EXE, JPEG, PDF, PLAIN_ZIP, PNG, REMOVE, STEP_DOCUMENTS, XLS, xlsx } from './document.fixtures.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { acknowledgeAll, errorOf, RETURN, ruleSet, save, STEP, SUBMIT, villageTeam, type VillageTeam } from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
let schemeId: string;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
  schemeId = await save(h, team.cadre);
  await h.ok(STEP, { id: schemeId, step: 'PARTY_BRANCH_PROPOSAL', date: '2025-03-01' }, team.cadre);
});
afterAll(() => h.close());

const attach = (name: string, content: Buffer | string, token = team.cadre, step = 'PARTY_BRANCH_PROPOSAL', id = schemeId) =>
  h.gql(ATTACH, { id, step, name, content: typeof content === 'string' ? content : b64(content) }, token);
const refusal = (res: Awaited<ReturnType<typeof attach>>) => ({ ...errorOf(res), reason: res.errors?.[0]?.extensions?.reason });
const stored = () => h.em().count(StepDocument, {});
const stepDocs = async (version: number | null = null) =>
  (await h.ok(STEP_DOCUMENTS, { v: PILOT.village, y: 2025, version }, team.cadre)).village.scheme;

describe('kinds of file', () => {
  test('keeps a PDF under the step with the type, size and SHA-256 of its content', async () => {
    const doc = (await h.ok(ATTACH, { id: schemeId, step: 'PARTY_BRANCH_PROPOSAL', name: '党支部提议.pdf', content: b64(PDF) }, team.cadre))
      .attachDocument;
    expect(doc).toMatchObject({
      step: 'PARTY_BRANCH_PROPOSAL',
      version: 1,
      fileName: '党支部提议.pdf',
      mimeType: 'application/pdf',
      size: PDF.length,
    });
    expect(doc.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(doc.url).toBe(`/files/${doc.id}`);
    const scheme = await stepDocs();
    expect(scheme.decisionSteps[0].documents.map((d: { id: string }) => d.id)).toEqual([doc.id]);
    expect(scheme.documents.map((d: { id: string }) => d.id)).toEqual([doc.id]);
  });

  test('recognises Word, Excel and pictures by their content', async () => {
    const kinds: [string, Buffer][] = [
      ['会议记录.docx', DOCX],
      ['签到表.xlsx', await xlsx()],
      ['旧记录.doc', DOC],
      ['旧签到.xls', XLS],
      ['公示.jpg', JPEG],
      ['公示.png', PNG],
    ];
    const types = [];
    for (const [name, content] of kinds)
      types.push(
        (await h.ok(ATTACH, { id: schemeId, step: 'PARTY_BRANCH_PROPOSAL', name, content: b64(content) }, team.cadre)).attachDocument
          .mimeType,
      );
    expect(types).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/msword',
      'application/vnd.ms-excel',
      'image/jpeg',
      'image/png',
    ]);
  });

  test('refuses a program named .pdf, a ZIP that is no Office file and a compound file without a document', async () => {
    const before = await stored();
    for (const [name, content] of [
      ['纪要.pdf', EXE],
      ['纪要.docx', PLAIN_ZIP],
      ['纪要.doc', Buffer.concat([DOC.subarray(0, 512), Buffer.alloc(1024)])],
    ] as const) {
      expect(refusal(await attach(name, content))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TYPE_NOT_ALLOWED' });
    }
    expect(refusal(await attach('纪要.pdf', EXE)).message).toContain('只能上传 PDF、JPG、PNG 图片和 Word、Excel 文件');
    expect(await stored()).toBe(before);
  });

  test('refuses a name whose extension contradicts the content, and adds the extension to a name without one', async () => {
    expect(refusal(await attach('照片.png', JPEG))).toMatchInlineSnapshot(`
      {
        "code": "BAD_USER_INPUT",
        "message": "“照片.png”的内容是JPEG图片，与扩展名 .png 不符；请核对是否选错了文件，或改为 .jpg 后上传",
        "reason": "EXTENSION_MISMATCH",
      }
    `);
    expect(
      (await h.ok(ATTACH, { id: schemeId, step: 'PARTY_BRANCH_PROPOSAL', name: 'C:\\村务\\公示照片', content: b64(JPEG) }, team.cadre))
        .attachDocument.fileName,
    ).toBe('公示照片.jpg');
  });
});

describe('limits', () => {
  test('refuses a file over 5 MB, an empty file and content that is not base64', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    expect(refusal(await attach('大文件.pdf', big))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    expect(refusal(await attach('大文件.pdf', big)).message).toContain('每个文件最大 5 MB');
    expect(refusal(await attach('空.pdf', ''))).toMatchObject({ reason: 'EMPTY_FILE' });
    expect(refusal(await attach('坏.pdf', '%%%not base64'))).toMatchObject({ reason: 'BAD_BASE64' });
  });

  test('takes exactly 5 MB', async () => {
    const exact = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024 - PDF.length)]);
    expect(
      (await h.ok(ATTACH, { id: schemeId, step: 'PARTY_BRANCH_PROPOSAL', name: '刚好5MB.pdf', content: b64(exact) }, team.cadre))
        .attachDocument.size,
    ).toBe(5 * 1024 * 1024);
  });

  test('refuses the 21st document of a step', async () => {
    const count = async () => (await stepDocs()).decisionSteps[0].documents.length;
    for (let n = await count(); n < 20; n++)
      await h.ok(ATTACH, { id: schemeId, step: 'PARTY_BRANCH_PROPOSAL', name: `照片${n}.png`, content: b64(PNG) }, team.cadre);
    expect(refusal(await attach('第21个.png', PNG))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_DOCUMENTS' });
    expect(await count()).toBe(20);
  });

  test('refuses a step not yet recorded for the version in progress', async () => {
    const res = await attach('商议纪要.pdf', PDF, team.cadre, 'COMMITTEES_DELIBERATION');
    expect(refusal(res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'STEP_NOT_RECORDED',
      message: '第1版尚未记录“村“两委”会议商议”，请先记录该步骤再上传文件',
    });
  });
});

describe('roles', () => {
  test("only the village's cadre uploads and removes: others FORBIDDEN, anonymous UNAUTHENTICATED, nothing changes", async () => {
    const before = await stored();
    const neighbour = (await h.loginAs('VILLAGE_CADRE', PILOT.neighbour)).token;
    for (const token of [team.township, team.hrss, team.agriculture, team.agency, neighbour]) {
      expect(errorOf(await attach('纪要.pdf', PDF, token))?.code).toBe('FORBIDDEN');
    }
    expect(errorOf(await h.gql(ATTACH, { id: schemeId, step: 'PARTY_BRANCH_PROPOSAL', name: 'a.pdf', content: b64(PDF) }))?.code).toBe(
      'UNAUTHENTICATED',
    );
    const some = (await h.em().find(StepDocument, {}, { limit: 1 }))[0]!;
    expect(errorOf(await h.gql(REMOVE, { id: String(some.id) }, team.township))?.code).toBe('FORBIDDEN');
    expect(await stored()).toBe(before);
  });

  test('the township and county read the documents of their village; another county may not', async () => {
    const list = `query ($v: String!) { village(code: $v) { scheme(year: 2025) { documents { fileName } } } }`;
    expect((await h.ok(list, { v: PILOT.village }, team.township)).village.scheme.documents.length).toBeGreaterThan(0);
    const stranger = (await h.loginAs('COUNTY_HRSS', PILOT.elsewhere.county)).token;
    expect(errorOf(await h.gql(list, { v: PILOT.village }, stranger))?.code).toBe('FORBIDDEN');
  });
});

describe('audit', () => {
  beforeAll(async () => {
    await h.ok(STEP, { id: schemeId, step: 'COMMITTEES_DELIBERATION', date: '2025-03-02' }, team.cadre);
  });

  test("writes ATTACH_DOCUMENT and REMOVE_DOCUMENT with the file's name, type, size and hash but never its content", async () => {
    const doc = (await h.ok(ATTACH, { id: schemeId, step: 'COMMITTEES_DELIBERATION', name: '待删.pdf', content: b64(PDF) }, team.cadre))
      .attachDocument;
    expect(await h.ok(REMOVE, { id: doc.id }, team.cadre)).toEqual({ removeDocument: doc.id });
    const entries = await h.em().find(AuditEntry, { entity: 'StepDocument', entityId: doc.id }, { orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual(['ATTACH_DOCUMENT', 'REMOVE_DOCUMENT']);
    const snapshot = {
      id: Number(doc.id),
      scheme: Number(schemeId),
      version: 1,
      step: 'COMMITTEES_DELIBERATION',
      fileName: '待删.pdf',
      mimeType: 'application/pdf',
      size: PDF.length,
      sha256: doc.sha256,
    };
    expect(entries[0]!.after).toEqual(snapshot);
    expect(entries[1]!.before).toEqual(snapshot);
    expect(entries[1]!.after).toBeNull();
    expect(JSON.stringify(entries.map((e) => [e.before, e.after]))).not.toContain(b64(PDF).slice(0, 24));
    expect(await h.em().count(StepDocument, { id: Number(doc.id) })).toBe(0);
  });
});

describe('when documents may change', () => {
  let submitted: string;
  let keptId: string;
  let cadre: string;
  beforeAll(async () => {
    cadre = (await h.loginAs('VILLAGE_CADRE', PILOT.neighbour)).token;
    submitted = await save(h, cadre, ruleSet({ village: PILOT.neighbour }), PILOT.neighbour);
  });

  test("once submitted the five steps' documents are fixed; a returned filing opens them again", async () => {
    const meeting = { a: { expected: 30, present: 25 }, vo: { for: 20, against: 3, abstain: 2 } };
    const steps: [string, string, object][] = [
      ['PARTY_BRANCH_PROPOSAL', '03-01', {}],
      ['COMMITTEES_DELIBERATION', '03-01', {}],
      ['PARTY_MEMBERS_REVIEW', '03-05', meeting],
      ['VILLAGERS_RESOLUTION', '03-10', meeting],
      ['RESOLUTION_DISCLOSED', '03-11', {}],
    ];
    for (const [step, day, extra] of steps) await h.ok(STEP, { id: submitted, step, date: `2025-${day}`, ...extra }, cadre);
    keptId = (await h.ok(ATTACH, { id: submitted, step: 'VILLAGERS_RESOLUTION', name: '决议.pdf', content: b64(PDF) }, cadre))
      .attachDocument.id;
    await h.ok(SUBMIT, { id: submitted }, cadre);
    const late = await attach('补充.pdf', PDF, cadre, 'VILLAGERS_RESOLUTION', submitted);
    expect(refusal(late)).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'FILING_SUBMITTED' });
    expect(refusal(await h.gql(REMOVE, { id: keptId }, cadre))).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'FILING_SUBMITTED' });
    await h.ok(RETURN, { id: submitted, reason: '请补充会议签到表' }, team.township);
    expect(
      (await h.ok(ATTACH, { id: submitted, step: 'VILLAGERS_RESOLUTION', name: '签到表.pdf', content: b64(PDF) }, cadre)).attachDocument
        .version,
    ).toBe(1);
    await h.ok(SUBMIT, { id: submitted }, cadre);
    await acknowledgeAll(h, team, submitted);
  });

  test("a new version leaves the old version's documents as its history: kept, not on the new steps, not removable", async () => {
    await h.ok(
      'mutation ($v: String!, $r: JSON!) { saveRuleSet(villageCode: $v, year: 2025, ruleSet: $r) { version } }',
      { v: PILOT.neighbour, r: ruleSet({ village: PILOT.neighbour, personCap: 90 }) },
      cadre,
    );
    const read = async (version: number | null) =>
      (await h.ok(STEP_DOCUMENTS, { v: PILOT.neighbour, y: 2025, version }, cadre)).village.scheme;
    const now = await read(null);
    expect(now.decisionSteps).toEqual([]);
    expect(now.documents).toEqual([]);
    expect((await read(1)).documents.map((d: { fileName: string }) => d.fileName)).toEqual(['决议.pdf', '签到表.pdf']);
    expect(refusal(await h.gql(REMOVE, { id: keptId }, cadre))).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'VERSION_NOT_IN_PROGRESS',
    });
    expect(await h.em().count(StepDocument, { id: Number(keptId) })).toBe(1);
  });
});

describe('download over HTTP', () => {
  test('gives the bytes to a reader with the bearer token, as an attachment that is never sniffed', async () => {
    const doc = (
      await h.ok(ATTACH, { id: schemeId, step: 'COMMITTEES_DELIBERATION', name: '会议记录 (终稿).pdf', content: b64(PDF) }, team.cadre)
    ).attachDocument;
    const res = await fetch(`${await h.url()}${doc.url}`, { headers: { authorization: `Bearer ${team.township}` } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="____ (__).pdf"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E8%AE%B0%E5%BD%95%20%28%E7%BB%88%E7%A8%BF%29.pdf`,
    );
  });

  test('answers 401 without a token, and 404 alike to another county and for an unknown id', async () => {
    const some = (await h.em().find(StepDocument, {}, { limit: 1 }))[0]!;
    const base = await h.url();
    const get = async (path: string, token?: string) =>
      (await fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })).status;
    expect(await get(`/files/${some.id}`)).toBe(401);
    expect(await get(`/files/${some.id}`, (await h.loginAs('COUNTY_HRSS', PILOT.elsewhere.county)).token)).toBe(404);
    expect(await get('/files/999999', team.cadre)).toBe(404);
    expect(await get('/files/abc', team.cadre)).toBe(404);
  });
});
