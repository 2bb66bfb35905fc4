/**
 * 批量结算 on the dashboard (issue 15 item 4's settleVillages), in 平罗县 (640221), a county no other browser suite
 * uses: the county's 人社 settles every village with a roster at once after saying once more what it does, and
 * reads which villages got a draft and which did not, with the reason.
 */
import { beforeAll, expect, test } from 'vitest';
import { flatRuleSet, makeUser, members, villageTeam } from '../support/factories.js';
import { filedScheme, importRoster } from '../support/scheme.js';
import { useBrowser } from './support/browser.js';
import { adminClient, PASSWORD } from './support/people.js';
import { answerAskOnceMore, expectText, login } from './support/ui.js';

const suite = useBrowser('settle-villages');
const COUNTY = '640221';
const TOWNSHIP = `${COUNTY}950`;
const FILED = `${TOWNSHIP}400`;
const NO_SCHEME = `${TOWNSHIP}401`;
const PRACTICE = `${TOWNSHIP}402`;
const PRACTICE_IMPORT = `mutation ($v: String!, $y: Int!, $m: [MemberInput!]!) {
  importMembers(villageCode: $v, year: $y, members: $m, practice: true) { imported } }`;
let hrss: { username: string };

beforeAll(async () => {
  const admin = await adminClient();
  const team = await villageTeam(admin, FILED);
  hrss = await makeUser(admin, 'COUNTY_HRSS', COUNTY, 'batch-hrss');
  await filedScheme(team, flatRuleSet(FILED, 30, 2025));
  await importRoster(admin, FILED, 2025, members(4));
  await importRoster(admin, NO_SCHEME, 2025, members(2));
  await admin.ok(PRACTICE_IMPORT, { v: PRACTICE, y: 2025, m: members(3) });
});

test('the county’s 人社 settles the county’s villages at once and reads which were not settled and why', async () => {
  const { page, errors } = await suite.person('hrss');
  await login(page, hrss.username, PASSWORD);
  await page.goto('/dashboard?year=2025');
  await page.getByTestId('dashboard-title').waitFor();
  await page.getByTestId('settle-villages').click();
  const said = await answerAskOnceMore(page, /花名册有成员的各村.*生成结算草稿/);
  expect(said).toContain('草稿不动用集体资金：确认结算仍由各村村干部逐村进行');
  const result = page.getByTestId('settle-villages-result');
  await expectText(result.getByTestId('settle-villages-summary'), /已为 2 个村生成结算草稿：花名册 6 人，符合条件 4 人，集体补助共 120 元/);
  await expectText(
    result.getByTestId('settle-villages-refused'),
    new RegExp(`${PRACTICE}[\\s\\S]*演示用的样例（3人，均为虚构），不能结算`),
  );
  await suite.shots.take(page, 'settle-villages-result');
  expect(errors).toEqual([]);
});
