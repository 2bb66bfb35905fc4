import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHarness, type Harness } from './harness.js';
import { errorOf } from './scheme.fixtures.js';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await createHarness();
  admin = await h.adminToken();
});
afterAll(() => h.close());

const ADD = `mutation ($c: String!, $code: String!, $n: String!) { addTownship(countyCode: $c, code: $code, name: $n, provisional: true) { code name provisional } }`;
const PROFILE = `mutation ($id: ID!, $n: String, $p: String) { updateUserProfile(userId: $id, realName: $n, phone: $p) { realName phone } }`;
const TASKS = `{ myTasks { total items { title reason place } } }`;

test('the administrator adds a township to a non-pilot county; a code outside it is refused naming the field', async () => {
  expect(errorOf(await h.gql(ADD, { c: '640104', code: '640105001', n: '丽景街道' }, admin))).toMatchInlineSnapshot(`
    {
      "code": "BAD_USER_INPUT",
      "message": "乡镇代码640105001应以所属县（区）兴庆区的代码640104开头",
    }
  `);
  const data = await h.ok(ADD, { c: '640104', code: '640104001', n: '丽景街道' }, admin);
  expect(data.addTownship).toEqual({ code: '640104001', name: '丽景街道', provisional: true });
  const officer = (await h.loginAs('TOWNSHIP_OFFICER', '640104001')).token;
  expect(errorOf(await h.gql(ADD, { c: '640104', code: '640104002', n: '某街道' }, officer))?.code).toBe('FORBIDDEN');
});

test("a user's profile: a bad phone refused at its field; once complete, the user leaves the administrator's 待办", async () => {
  const { user } = await h.loginAs('VILLAGE_CADRE', '640121102201', 'profile-cadre');
  const before = (await h.ok(TASKS, {}, admin)).myTasks;
  expect(before.items.map((t: { title: string }) => t.title)).toContain('补全用户 profile-cadre 的资料');
  expect(errorOf(await h.gql(PROFILE, { id: String(user.id), n: '马建国', p: '13a' }, admin))).toMatchInlineSnapshot(`
    {
      "code": "BAD_USER_INPUT",
      "message": "联系电话（phone）应为6至20位数字（可含 - 和开头的 +），现为“13a”：请改正",
    }
  `);
  expect((await h.ok(PROFILE, { id: String(user.id), n: '马建国', p: '13900001111' }, admin)).updateUserProfile).toEqual({
    realName: '马建国',
    phone: '13900001111',
  });
  const after = (await h.ok(TASKS, {}, admin)).myTasks;
  expect(after.total).toBe(before.total - 1);
});
