/**
 * Documents of the decision steps over real HTTP, on SQLite and (CUNCE_E2E_DB=postgres) PostgreSQL: uploaded through
 * GraphQL as base64, downloaded through GET /files/:id with the bearer token, byte for byte as uploaded.
 */
import { createHash, randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, makeUser, villageTeam, type VillageTeam } from '../support/factories.js';
import { recordStep, save, schemeOf } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const ATTACH = `mutation Attach($id: ID!, $step: DecisionStep!, $name: String!, $content: String!) {
  attachDocument(schemeId: $id, step: $step, fileName: $name, contentBase64: $content) { id fileName mimeType size sha256 url }
}`;
const REMOVE = `mutation Remove($id: ID!) { removeDocument(documentId: $id) }`;
const LIST = `query Docs($v: String!) { village(code: $v) { scheme(year: 2025) { decisionSteps { step documents { id fileName size } } } } }`;

/** A JPEG header then random bytes: every byte value, NULs included, must survive the blob column. */
const photo = (bytes: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(bytes - 4)]);
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('documents over HTTP', () => {
  const s = useServer();
  let team: VillageTeam;
  let schemeId: string;
  const base = () => s.server.url.replace(/\/graphql$/, '');
  const download = (path: string, token?: string) =>
    fetch(`${base()}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const attach = (name: string, content: Buffer, step = 'PARTY_BRANCH_PROPOSAL') =>
    team.cadre.client.request(ATTACH, { id: schemeId, step, name, content: content.toString('base64') });

  beforeAll(async () => {
    team = await villageTeam(s.admin, PILOT.village);
    await save(team.cadre.client, flatRuleSet(PILOT.village, 30));
    schemeId = (await schemeOf(team.cadre.client, PILOT.village, 2025))!.id;
    await recordStep(team.cadre.client, schemeId, 'PARTY_BRANCH_PROPOSAL', '2025-01-06');
  });

  test('a photo of 5 MB comes back byte for byte, with its type, its name and nosniff', async () => {
    const content = photo(5 * 1024 * 1024);
    const doc = (await attach('村务公开栏 2025.jpg', content)).data!.attachDocument;
    expect(doc).toMatchObject({ fileName: '村务公开栏 2025.jpg', mimeType: 'image/jpeg', size: content.length, sha256: sha256(content) });
    const res = await download(doc.url, team.township.client.token);
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBe(content.length);
    expect(body.equals(content)).toBe(true);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="_____ 2025.jpg"; filename*=UTF-8''${encodeURIComponent('村务公开栏 2025.jpg')}`,
    );
  });

  test('a PDF with bytes above 0x7f is kept as uploaded and listed under its step', async () => {
    const doc = (await attach('提议.pdf', PDF)).data!.attachDocument;
    const body = Buffer.from(await (await download(doc.url, team.cadre.client.token)).arrayBuffer());
    expect(body.equals(PDF)).toBe(true);
    const steps = (await team.cadre.client.ok(LIST, { v: PILOT.village })).village.scheme.decisionSteps;
    expect(steps[0].documents.map((d: { fileName: string }) => d.fileName)).toEqual(['村务公开栏 2025.jpg', '提议.pdf']);
  });

  test('a file over 5 MB is refused as BAD_USER_INPUT with the limit in the message, below the body limit', async () => {
    const res = await attach('太大.jpg', photo(5 * 1024 * 1024 + 1));
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    expect(res.errors?.[0]?.message).toContain('每个文件最大 5 MB');
  });

  test('the route answers 401 without a token, 404 to another county (as for a missing file), and 404 once the file is removed', async () => {
    const doc = (await attach('待删.pdf', PDF)).data!.attachDocument;
    expect((await download(doc.url)).status).toBe(401);
    const stranger = await makeUser(s.admin, 'COUNTY_HRSS', PILOT.elsewhere.county);
    const refused = await download(doc.url, stranger.client.token);
    expect(refused.status).toBe(404);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('NOT_FOUND');
    expect(await team.cadre.client.ok(REMOVE, { id: doc.id })).toEqual({ removeDocument: doc.id });
    expect((await download(doc.url, team.cadre.client.token)).status).toBe(404);
  });
});
