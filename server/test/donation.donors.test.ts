import { afterAll, beforeAll, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { Donor } from '../src/modules/donations/donor.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import {
  charityInput,
  CREATE_DONOR,
  creditCode,
  DELETE_DONOR,
  donor,
  DONORS,
  enterpriseInput,
  gift,
  individualInput,
  UPDATE_DONOR,
  villageWithRoster,
  member,
} from './donation.fixtures.js';
import { errorOf } from './scheme.fixtures.js';

let h: Harness;
let civil: string;
let cadre: string;
beforeAll(async () => {
  h = await createHarness();
  civil = (await h.loginAs('CIVIL_AFFAIRS', PILOT.county)).token;
  cadre = (await h.loginAs('VILLAGE_CADRE', PILOT.village)).token;
});
afterAll(() => h.close());

const countDonors = () => h.em().count(Donor, {});

test('the region administrator creates CIVIL_AFFAIRS users for a county; a county HRSS may not', async () => {
  const admin = await h.adminToken();
  const create =
    'mutation ($u: String!, $a: String) { createUser(username: $u, password: "password-123", role: CIVIL_AFFAIRS, areaCode: $a) { role areaCode } }';
  expect((await h.ok(create, { u: 'minzheng-yongning', a: PILOT.county }, admin)).createUser).toEqual({
    role: 'CIVIL_AFFAIRS',
    areaCode: PILOT.county,
  });
  expect(errorOf(await h.gql(create, { u: 'minzheng-x', a: null }, admin))?.code).toBe('BAD_USER_INPUT');
  const hrss = (await h.loginAs('COUNTY_HRSS', PILOT.county)).token;
  expect(errorOf(await h.gql(create, { u: 'minzheng-by-hrss', a: PILOT.county }, hrss))?.code).toBe('FORBIDDEN');
});

test('CIVIL_AFFAIRS records a charity for its county, audited; the credit code is checked', async () => {
  const d = (await h.ok(CREATE_DONOR, { i: charityInput({ name: '永宁县慈善总会' }) }, civil)).createDonor;
  expect(d).toMatchObject({ kind: 'CHARITY', name: '永宁县慈善总会', areaCode: PILOT.county, countyCode: PILOT.county, version: 1 });
  const entry = await h.em().findOneOrFail(AuditEntry, { action: 'CREATE_DONOR', entityId: d.id });
  expect(entry.after).toMatchObject({ name: '永宁县慈善总会', kind: 'CHARITY' });

  const valid = creditCode();
  const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
  const bad = await h.gql(CREATE_DONOR, { i: enterpriseInput({ creditCode: wrong }) }, civil);
  expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(bad.errors?.[0]?.message).toMatch(/统一社会信用代码.*creditCode/);
});

test('a real credit code passes; enterprises and charities need one, individuals must not have one', async () => {
  expect((await h.ok(CREATE_DONOR, { i: enterpriseInput({ creditCode: '91440300708461136t' }) }, civil)).createDonor.creditCode).toBe(
    '91440300708461136T',
  );
  const before = await countDonors();
  const missing = await h.gql(CREATE_DONOR, { i: enterpriseInput({ creditCode: null }) }, civil);
  expect(errorOf(missing)).toMatchInlineSnapshot(`
    {
      "code": "BAD_USER_INPUT",
      "message": "企业和慈善组织须填写统一社会信用代码（creditCode，18位）",
    }
  `);
  const individual = await h.gql(CREATE_DONOR, { i: individualInput({ creditCode: creditCode() }) }, civil);
  expect(errorOf(individual)?.message).toMatch(/个人捐赠方不填统一社会信用代码（creditCode）/);
  expect(await countDonors()).toBe(before);
});

test('the same credit code twice in a county is CONFLICT naming the donor already recorded', async () => {
  const code = creditCode();
  const first = await donor(h, civil, enterpriseInput({ creditCode: code, name: '宁夏某某建材有限公司' }));
  const again = await h.gql(CREATE_DONOR, { i: enterpriseInput({ creditCode: code }) }, civil);
  expect(errorOf(again)?.code).toBe('CONFLICT');
  expect(again.errors?.[0]?.message).toContain('宁夏某某建材有限公司');
  expect(again.errors?.[0]?.extensions?.donorId).toBe(first.id);
});

test('a cadre records individuals and enterprises for its village, never charities nor other areas', async () => {
  const mine = await donor(h, cadre, individualInput({ name: '张三' }));
  expect(mine).toMatchObject({ areaCode: PILOT.village, countyCode: PILOT.county });
  const before = await countDonors();
  expect(errorOf(await h.gql(CREATE_DONOR, { i: charityInput() }, cadre))?.code).toBe('FORBIDDEN');
  expect(errorOf(await h.gql(CREATE_DONOR, { i: individualInput({ areaCode: PILOT.neighbour }) }, cadre))?.code).toBe('FORBIDDEN');
  expect(errorOf(await h.gql(CREATE_DONOR, { i: individualInput({ areaCode: PILOT.county }) }, cadre))?.code).toBe('FORBIDDEN');
  expect(await countDonors()).toBe(before);
});

test('other roles cannot record or list donors', async () => {
  for (const role of ['COUNTY_HRSS', 'COUNTY_AGRICULTURE', 'AGENCY'] as const) {
    const token = (await h.loginAs(role, PILOT.county)).token;
    expect(errorOf(await h.gql(CREATE_DONOR, { i: individualInput() }, token))?.code).toBe('FORBIDDEN');
    expect(errorOf(await h.gql(DONORS, {}, token))?.code).toBe('FORBIDDEN');
  }
  expect(errorOf(await h.gql(DONORS, {}))?.code).toBe('UNAUTHENTICATED');
});

test("donor lists: a county sees its own and the region's, not another county's; a cadre its village's and the county's", async () => {
  const admin = await h.adminToken();
  const region = await donor(h, admin, charityInput({ name: '宁夏慈善总会', areaCode: null }));
  const elsewhereCivil = (await h.loginAs('CIVIL_AFFAIRS', PILOT.elsewhere.county)).token;
  const far = await donor(h, elsewhereCivil, enterpriseInput({ name: '灵武某公司' }));
  const neighbourCadre = (await h.loginAs('VILLAGE_CADRE', PILOT.neighbour)).token;
  const neighbours = await donor(h, neighbourCadre, individualInput({ name: '李四' }));
  const countyOwn = await donor(h, civil, enterpriseInput({ name: '永宁某公司' }));
  const ids = async (token: string) => (await h.ok(DONORS, {}, token)).donors.map((d: { id: string }) => d.id);
  const civilSees = await ids(civil);
  expect(civilSees).toEqual(expect.arrayContaining([region.id, neighbours.id, countyOwn.id]));
  expect(civilSees).not.toContain(far.id);
  const cadreSees = await ids(cadre);
  expect(cadreSees).toEqual(expect.arrayContaining([region.id, countyOwn.id]));
  expect(cadreSees).not.toContain(neighbours.id);
  expect(cadreSees).not.toContain(far.id);
  expect((await h.ok(DONORS, { s: '永宁某' }, civil)).donors.map((d: { id: string }) => d.id)).toEqual([countyOwn.id]);
});

test("editing: CIVIL_AFFAIRS edits its county's donors with expectedVersion; a cadre only its village's; all audited", async () => {
  const d = await donor(h, civil, enterpriseInput({ name: '旧名称' }));
  const input = enterpriseInput({ name: '新名称', creditCode: (d as any).creditCode });
  const updated = (await h.ok(UPDATE_DONOR, { id: d.id, i: input, v: 1 }, civil)).updateDonor;
  expect(updated).toMatchObject({ name: '新名称', version: 2, areaCode: PILOT.county });
  expect(errorOf(await h.gql(UPDATE_DONOR, { id: d.id, i: input, v: 1 }, civil))?.code).toBe('CONFLICT');
  expect(errorOf(await h.gql(UPDATE_DONOR, { id: d.id, i: input }, cadre))?.code).toBe('FORBIDDEN');
  const elsewhereCivil = (await h.loginAs('CIVIL_AFFAIRS', PILOT.elsewhere.county)).token;
  expect(errorOf(await h.gql(UPDATE_DONOR, { id: d.id, i: input }, elsewhereCivil))?.code).toBe('FORBIDDEN');
  const entry = await h.em().findOneOrFail(AuditEntry, { action: 'UPDATE_DONOR', entityId: d.id });
  expect([(entry.before as any).name, (entry.after as any).name]).toEqual(['旧名称', '新名称']);
  expect((await h.em().findOneOrFail(Donor, Number(d.id))).name).toBe('新名称');
});

test('a donor without gifts is deleted (audited); one with a gift is CONFLICT', async () => {
  const loose = await donor(h, civil, individualInput());
  expect((await h.ok(DELETE_DONOR, { id: loose.id }, civil)).deleteDonor).toBe(loose.id);
  expect(await h.em().count(AuditEntry, { action: 'DELETE_DONOR', entityId: loose.id })).toBe(1);

  const team = await villageWithRoster(h, PILOT.village, [member(1)]);
  const giver = await donor(h, team.cadre, individualInput());
  await gift(h, team.cadre, { donorId: giver.id, villageCode: PILOT.village, idNumber: member(1).idNumber, amount: 50 });
  expect(errorOf(await h.gql(DELETE_DONOR, { id: giver.id }, team.cadre))?.code).toBe('CONFLICT');
  expect(await h.em().count(Donor, { id: Number(giver.id) })).toBe(1);
});
