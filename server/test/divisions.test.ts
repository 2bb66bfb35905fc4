import { afterAll, beforeAll, expect, test } from 'vitest';
import { divisions } from '@cunce/rules';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { Village } from '../src/modules/reference/division/village.entity.js';
import { User } from '../src/modules/reference/user/user.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const COUNTIES = '{ counties { code name townships { code name villages { code name provisional formerCodes } } } }';
const ADD = `mutation ($t: String!, $c: String!, $n: String!) { addVillage(townshipCode: $t, code: $c, name: $n) { code name provisional } }`;
const CORRECT = `mutation ($c: String!, $n: String!) { correctVillageCode(code: $c, newCode: $n) { code provisional formerCodes } }`;

test('lists the 22 counties and the 16 pilot villages, provisional, without login', async () => {
  const data = await h.ok(COUNTIES);
  expect(data.counties).toHaveLength(22);
  const villages = data.counties.flatMap((c: any) => c.townships.flatMap((t: any) => t.villages));
  expect(villages).toHaveLength(16);
  expect(villages.every((v: any) => v.provisional)).toBe(true);
  const seeded = divisions.counties.find((c) => c.code === PILOT.county)!;
  expect(data.counties.find((c: any) => c.code === PILOT.county).name).toBe(seeded.name);
});

test('the region administrator adds a village, audited under it', async () => {
  const data = await h.ok(ADD, { t: PILOT.township, c: '640121102299', n: '新建村' }, await h.adminToken());
  expect(data.addVillage).toEqual({ code: '640121102299', name: '新建村', provisional: false });
  const village = await h.em().findOneOrFail(Village, { code: '640121102299' });
  const entries = await h.em().find(AuditEntry, { village, action: 'ADD_VILLAGE' });
  expect(entries).toHaveLength(1);
});

test('refuses a village code outside its township or already used, naming the code', async () => {
  const admin = await h.adminToken();
  const outside = await h.gql(ADD, { t: PILOT.township, c: '640181105299', n: '错村' }, admin);
  expect(outside.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
  const taken = await h.gql(ADD, { t: PILOT.township, c: PILOT.village, n: '重复村' }, admin);
  expect(taken.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'code' });
});

test('only the region administrator edits divisions', async () => {
  const { token } = await h.loginAs('COUNTY_HRSS', PILOT.county);
  const res = await h.gql(ADD, { t: PILOT.township, c: '640121102298', n: '越权村' }, token);
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(await h.em().count(Village, { code: '640121102298' })).toBe(0);
});

test('correcting a provisional code keeps the village, its old code as alias, and its cadres', async () => {
  const old = PILOT.neighbour;
  const cadre = await h.loginAs('VILLAGE_CADRE', old);
  const before = await h.em().findOneOrFail(Village, { code: old });
  const data = await h.ok(CORRECT, { c: old, n: '640121102210' }, await h.adminToken());
  expect(data.correctVillageCode).toEqual({ code: '640121102210', provisional: false, formerCodes: [old] });
  const after = await h.em().findOneOrFail(Village, { code: '640121102210' });
  expect(after.id).toBe(before.id);
  expect((await h.em().findOneOrFail(User, { id: cadre.user.id })).areaCode).toBe('640121102210');
  // the old code still finds the village, and the cadre still reaches it
  const log = await h.ok('query ($c: String!) { auditLog(villageCode: $c) { action before after villageCode } }', { c: old }, cadre.token);
  expect(log.auditLog.map((e: any) => e.action)).toContain('CORRECT_VILLAGE_CODE');
});

test('the audit log of a village is refused outside the reader’s area', async () => {
  const { token } = await h.loginAs('TOWNSHIP_OFFICER', PILOT.elsewhere.township);
  const res = await h.gql('query ($c: String!) { auditLog(villageCode: $c) { action } }', { c: PILOT.village }, token);
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const missing = await h.gql('query { auditLog(villageCode: "640000000000") { action } }', {}, token);
  expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});
