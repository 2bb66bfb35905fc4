import { afterAll, beforeAll, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { User } from '../src/modules/reference/user/user.entity.js';
import { createHarness, PASSWORD, PILOT, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const CREATE = `mutation ($u: String!, $role: Role!, $area: String) {
  createUser(username: $u, password: "password-123", role: $role, areaCode: $area) { id username role areaCode disabled }
}`;

async function exists(username: string): Promise<boolean> {
  return (await h.em().count(User, { username })) > 0;
}

test('the region administrator creates a county HRSS user and the change is audited', async () => {
  const data = await h.ok(CREATE, { u: 'hrss-yongning', role: 'COUNTY_HRSS', area: PILOT.county }, await h.adminToken());
  expect(data.createUser).toMatchObject({ username: 'hrss-yongning', role: 'COUNTY_HRSS', areaCode: PILOT.county, disabled: false });
  const entry = await h.em().findOneOrFail(AuditEntry, { action: 'CREATE_USER', entityId: data.createUser.id }, { populate: ['user'] });
  expect(entry.user?.username).toBe('admin');
  expect(entry.after).toMatchObject({ username: 'hrss-yongning', role: 'COUNTY_HRSS' });
  expect(JSON.stringify(entry.after)).not.toContain('scrypt');
});

test('a county HRSS creates a cadre of a village of its county', async () => {
  const { token } = await h.loginAs('COUNTY_HRSS', PILOT.county);
  const data = await h.ok(CREATE, { u: 'cadre-by-hrss', role: 'VILLAGE_CADRE', area: PILOT.village }, token);
  expect(data.createUser.areaCode).toBe(PILOT.village);
});

test('a county HRSS may not create users of another county or other roles, and nothing is created', async () => {
  const { token } = await h.loginAs('COUNTY_HRSS', PILOT.county);
  const elsewhere = await h.gql(CREATE, { u: 'cadre-elsewhere', role: 'VILLAGE_CADRE', area: PILOT.elsewhere.village }, token);
  const agriculture = await h.gql(CREATE, { u: 'agri-by-hrss', role: 'COUNTY_AGRICULTURE', area: PILOT.county }, token);
  expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(agriculture.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(await exists('cadre-elsewhere')).toBe(false);
  expect(await exists('agri-by-hrss')).toBe(false);
});

test('village cadres, township officers, agriculture and the agency manage no users', async () => {
  const roles = [
    ['VILLAGE_CADRE', PILOT.village],
    ['TOWNSHIP_OFFICER', PILOT.township],
    ['COUNTY_AGRICULTURE', PILOT.county],
    ['AGENCY', null],
  ] as const;
  for (const [role, area] of roles) {
    const { token } = await h.loginAs(role, area);
    const res = await h.gql(CREATE, { u: `made-by-${role}`, role: 'VILLAGE_CADRE', area: PILOT.village }, token);
    expect(res.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    expect(await exists(`made-by-${role}`)).toBe(false);
  }
});

test('an area that does not fit the role is bad input naming the area, for the form to say it there', async () => {
  const admin = await h.adminToken();
  const cases = [
    { u: 'x-township-as-village', role: 'VILLAGE_CADRE', area: PILOT.township },
    { u: 'x-county-missing', role: 'COUNTY_HRSS', area: null },
    { u: 'x-admin-with-area', role: 'REGION_ADMIN', area: PILOT.county },
    { u: 'x-unknown-county', role: 'COUNTY_AGRICULTURE', area: '649999' },
  ];
  for (const c of cases) {
    const res = await h.gql(CREATE, c, admin);
    expect(res.errors?.[0]?.extensions, c.u).toEqual({ code: 'BAD_USER_INPUT', field: 'areaCode' });
  }
});

test('a taken username is a conflict naming the username', async () => {
  const admin = await h.adminToken();
  await h.ok(CREATE, { u: 'twice', role: 'AGENCY', area: null }, admin);
  const res = await h.gql(CREATE, { u: 'twice', role: 'AGENCY', area: null }, admin);
  expect(res.errors?.[0]).toMatchObject({
    message: '用户名“twice”已被使用，请换一个',
    extensions: { code: 'CONFLICT', field: 'username' },
  });
});

test('a county HRSS lists and disables only users of its county', async () => {
  const { token } = await h.loginAs('COUNTY_HRSS', PILOT.county);
  const mine = await h.loginAs('TOWNSHIP_OFFICER', PILOT.township);
  const other = await h.loginAs('TOWNSHIP_OFFICER', PILOT.elsewhere.township);
  const listed = (await h.ok('{ users { username } }', {}, token)).users.map((u: { username: string }) => u.username);
  expect(listed).toContain(mine.user.username);
  expect(listed).not.toContain(other.user.username);
  const refused = await h.gql('mutation ($id: ID!) { disableUser(userId: $id) { id } }', { id: String(other.user.id) }, token);
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await h.em().findOneOrFail(User, { id: other.user.id })).disabled).toBe(false);
  const done = await h.ok('mutation ($id: ID!) { disableUser(userId: $id) { disabled } }', { id: String(mine.user.id) }, token);
  expect(done.disableUser.disabled).toBe(true);
});

test('a user resets neither their own password (that is changePassword, asking for the current one) nor someone else’s', async () => {
  const cadre = await h.loginAs('VILLAGE_CADRE', PILOT.village);
  const other = await h.loginAs('VILLAGE_CADRE', PILOT.neighbour);
  const own = await h.gql(
    'mutation ($id: ID!) { resetPassword(userId: $id, password: "my-new-pass") { id } }',
    { id: String(cadre.user.id) },
    cadre.token,
  );
  expect(own.errors?.[0]).toMatchObject({
    message: '修改自己的密码请用“修改密码”（changePassword），需输入当前密码',
    extensions: { code: 'BAD_USER_INPUT', field: 'userId' },
  });
  expect(await h.login(cadre.user.username, PASSWORD)).toBeTruthy();
  const theirs = await h.gql(
    'mutation ($id: ID!) { resetPassword(userId: $id, password: "their-new-pass") { id } }',
    { id: String(other.user.id) },
    cadre.token,
  );
  expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('a short password is bad input naming the field', async () => {
  const res = await h.gql(`mutation { createUser(username: "short-pw", password: "abc", role: AGENCY) { id } }`, {}, await h.adminToken());
  expect(res.errors?.[0]).toMatchObject({
    message: '密码（password）至少10位，现为3位，请加长',
    extensions: { code: 'BAD_USER_INPUT', field: 'password' },
  });
});
