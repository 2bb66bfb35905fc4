import { describe, expect, test } from 'vitest';
import { mount } from '@vue/test-utils';
import type { DashboardFigures, DashboardRow } from '../src/graphql/dashboard';
import DashboardCards from '../src/components/dashboard/DashboardCards.vue';
import DashboardTable from '../src/components/dashboard/DashboardTable.vue';
import { categoryZoom } from '../src/model/dashboard';
import { openRejections, parseRejections, pastedMarks, postingBatches, postingRows, rowState, type Mark } from '../src/model/postings';
import { settle } from './support/mountEditor';

function figures(overrides: Partial<DashboardFigures> = {}): DashboardFigures {
  return {
    villages: 5,
    schemes: { draft: 1, submitted: 0, filed: 3, suspended: 0, none: 1 },
    payingVillages: 3,
    rosterMembers: 1234,
    settledMembers: 7,
    settledVillages: 2,
    coveredMembers: 6,
    collectivePaid: 12530.5,
    averagePerCovered: 88.33,
    posted: { members: 3, collective: 130 },
    rejected: { members: 1, collective: 100 },
    budgetedVillages: 1,
    budget: 1000,
    budgetedCollective: 330,
    budgetUse: 0.33,
    drafts: { villages: 2, members: 3, collective: 100 },
    ...overrides,
  };
}

const village = (code: string, name: string, f: Partial<DashboardFigures>, schemeStatus: DashboardRow['schemeStatus']): DashboardRow => ({
  level: 'VILLAGE',
  code,
  name,
  townshipName: '望远镇',
  schemeStatus,
  figures: figures(f),
});

describe('dashboard screens', () => {
  test('the cards show villages with a scheme, people covered, money in yuan and the budget use as a percentage', () => {
    const text = mount(DashboardCards, { props: { figures: figures() } }).text();
    expect(text).toContain('4 / 5');
    expect(text).toContain('1,234');
    expect(text).toContain('12,530.50');
    expect(text).toContain('33.0%');
    expect(text).toContain('未确认的结算草稿（不计入上面的数字）：2 个村，3 人，100 元');
  });

  test('without any budget set the budget use is a dash, not 0%', () => {
    const text = mount(DashboardCards, { props: { figures: figures({ budget: null, budgetUse: null, budgetedVillages: 0 }) } }).text();
    expect(text).toContain('无设预算的村');
    expect(text).not.toContain('0.0%');
  });

  test("the village table names each village's scheme status and opens the village clicked", async () => {
    const rows = [
      village('640121102201', '通桥村', {}, 'FILED'),
      village('640121102001', '富原社区', { budgetUse: null, budget: null }, null),
    ];
    const wrapper = mount(DashboardTable, { props: { rows }, attachTo: document.body });
    await settle();
    const text = wrapper.text();
    expect(text).toContain('已备案');
    expect(text).toContain('未制定');
    await wrapper.find('[data-test="open-640121102001"]').trigger('click');
    expect(wrapper.emitted('open')?.[0]?.[0]).toMatchObject({ code: '640121102001' });
    wrapper.unmount();
  });
});

describe("the agency's list of rejections", () => {
  test('counts as open only the rejected members no supplementary settlement has taken', () => {
    expect(openRejections([{ resettlement: null }, { resettlement: { settlementId: '9', status: 'DRAFT' } }, { resettlement: null }])).toBe(
      2,
    );
    expect(openRejections([])).toBe(0);
  });

  test('a pasted list gives each ID number (upper-case) its reason, commas and spaces inside kept; blank lines are skipped', () => {
    expect(parseRejections('64012119700101001x\t账户已注销\n\n640121197001010023, 户名 不符，请核对 \n640121197001010031')).toEqual([
      { line: 1, idNumber: '64012119700101001X', reason: '账户已注销' },
      { line: 3, idNumber: '640121197001010023', reason: '户名 不符，请核对' },
      { line: 4, idNumber: '640121197001010031', reason: '' },
    ]);
  });

  test('pasted lines of pending members with a reason become rejections; the others are named with their fix', () => {
    const lines = parseRejections('A 账户已注销\nB\nZ 户名不符\nA 又一次');
    const { marks, problems, messages } = pastedMarks(lines, new Set(['A', 'B', 'C']));
    expect([...marks]).toEqual([['A', { status: 'REJECTED', reason: '账户已注销' }]]);
    expect(problems.map((l) => l.line)).toEqual([2, 3, 4]);
    expect(messages).toEqual([
      '第2行：请在身份证号后写明退回原因',
      '第3行：身份证号Z不在本结算的待登记名单中，请核对号码',
      '第4行：身份证号A重复，每人只写一行',
    ]);
  });

  test('each member shows its recorded result, else what is marked, else pending', () => {
    const outcomes = ['A', 'B', 'C', 'D'].map((idNumber) => ({ idNumber, name: idNumber, collective: 30 }));
    const recorded = [
      { idNumber: 'A', status: 'REJECTED' as const, reason: '账户已注销', collective: 30, recordedAt: '', recordedBy: 'agency' },
    ];
    const marks = new Map<string, Mark>([
      ['B', { status: 'REJECTED', reason: '户名不符' }],
      ['C', { status: 'POSTED', reason: null }],
    ]);
    expect(postingRows(outcomes, recorded, marks).map((r) => rowState(r).text)).toEqual([
      '已退回：账户已注销',
      '将退回：户名不符',
      '将入账',
      '待登记',
    ]);
  });

  test('marked members are sent rejections first, then the rest of the pending members as posted, in chunks the server accepts', () => {
    const pending = ['A', 'B', 'C', 'D', 'E'];
    const marks = new Map<string, Mark>([
      ['B', { status: 'POSTED', reason: null }],
      ['C', { status: 'REJECTED', reason: '退回' }],
    ]);
    expect(postingBatches(pending, marks, true, 2)).toEqual([
      [
        { idNumber: 'C', status: 'REJECTED', reason: '退回' },
        { idNumber: 'B', status: 'POSTED' },
      ],
      [
        { idNumber: 'A', status: 'POSTED' },
        { idNumber: 'D', status: 'POSTED' },
      ],
      [{ idNumber: 'E', status: 'POSTED' }],
    ]);
    expect(postingBatches(pending, marks, false, 10)).toEqual([
      [
        { idNumber: 'C', status: 'REJECTED', reason: '退回' },
        { idNumber: 'B', status: 'POSTED' },
      ],
    ]);
    expect(postingBatches(pending, new Map(), false, 10)).toEqual([]);
  });
});

describe('dashboard charts', () => {
  test('up to 30 counties or villages fit; more scroll with a slider that gets room under the labels', () => {
    const grid = { left: 36, right: 12, top: 30, bottom: 56 };
    expect(categoryZoom(22, grid)).toEqual({ grid });
    const many = categoryZoom(120, grid);
    expect(many.grid.bottom).toBe(76);
    expect(many.dataZoom?.[0]).toMatchObject({ type: 'slider', startValue: 0, endValue: 29 });
  });
});
