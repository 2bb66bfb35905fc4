/**
 * 政策调整测算 in Chromium (原州区 头营镇 杨郎村, used by no other browser suite): the county's 人社 officer opens the
 * page from the menu, drops the 500 tier from a draft copied from 2025 and raises the 200 tier's subsidy to 45, runs
 * it, and reads the totals, the table, the tier moves and the chart, then exports the workbook.
 */
import { beforeAll, expect, test } from 'vitest';
import { flatRuleSet, members, type VillageTeam } from '../support/factories.js';
import { filedScheme, importRoster } from '../support/scheme.js';
import { useBrowser } from './support/browser.js';
import { downloadOf, loadWorkbook, sheetRows } from './support/excel.js';
import { createPeople, PASSWORD, type People } from './support/people.js';
import { expectText, login, typeNumber } from './support/ui.js';

const suite = useBrowser('reform');
const AREA = { county: '640402', township: '640402107', village: '640402107201' } as const;
let people: People;

beforeAll(async () => {
  people = await createPeople('reform', AREA);
  const team: VillageTeam = { village: AREA.village, ...people };
  await filedScheme(team, flatRuleSet(AREA.village, 30));
  await importRoster(people.cadre.client, AREA.village, 2025, [...members(2, { contribution: 500 }), ...members(2, { contribution: 200 })]);
});

test('the county officer drafts 2026 without the 500 tier, runs it against 2025, reads the changes and exports them', async () => {
  const { page, errors } = await suite.person('hrss');
  await login(page, people.hrss.username, PASSWORD);
  await page.getByTestId('nav-reform').click();
  const draft = page.getByTestId('reform-draft');
  await expect.poll(() => draft.getByTestId('reform-draft-year').locator('input').inputValue()).toBe('2026');
  // 100, 200, 300, 500, …: the 500 row goes, the 200 tier's subsidy becomes 45.
  await draft.locator('tbody tr').nth(3).getByRole('button', { name: '删除' }).click();
  await typeNumber(draft.getByTestId('policy-subsidy-1'), 45);
  await page.getByTestId('reform-run').click();
  await expectText(page.getByTestId('reform-title'), /原州区：2026年度草案 对比 2025年度/);
  // subsidy: 2 × 70 + 2 × 40 = 220 → the 500s pay 300 (2 × 50) and the 200s earn 45: 190
  await expectText(page.getByTestId('reform-total-governmentSubsidy'), /190\.00[\s\S]*220\.00，变化 −30\.00/);
  await expectText(page.getByTestId('reform-total-collective'), /120\.00[\s\S]*变化 0\.00/);
  await expectText(page.getByTestId('reform-moves'), /500 元 → 300 元 2 人/);
  const table = page.getByTestId('reform-table');
  await expectText(table, /原州区/);
  await table.locator('.el-table__expand-icon').first().click();
  await table.locator('.el-table__expand-icon').nth(1).click();
  await expectText(page.getByTestId(`reform-row-${AREA.village}`), '杨郎村');
  await expect.poll(() => table.locator('.reform-down').count()).toBeGreaterThan(0);
  await page.getByTestId('reform-chart').locator('canvas').waitFor();
  // The dashboard's chart card (ChartCard.vue): the title, the switch beside it, the chart under them.
  const card = page.locator('.chart-card[data-test="reform-chart"]');
  await expectText(card.locator('.el-card__header'), /每人变化的分布\s*计入个人账户\s*集体补助/);
  expect(await card.locator('canvas').count()).toBe(1);
  await suite.shots.take(page, 'reform-result');
  const file = await downloadOf(page, () => page.getByTestId('reform-export').click());
  expect(file.name).toMatch(/^政策测算-.*原州区-2026对比2025\.xlsx$/);
  const rows = sheetRows((await loadWorkbook(file.content)).getWorksheet('测算')!);
  expect(rows.find((r) => r[1] === AREA.village)?.slice(0, 3)).toEqual(['村', AREA.village, '杨郎村']);
  expect(errors).toEqual([]);
});
