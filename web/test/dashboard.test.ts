import { describe, expect, test } from 'vitest';
import { mount } from '@vue/test-utils';
import type { DashboardFigures, DashboardRow } from '../src/graphql/dashboard';
import DashboardCards from '../src/components/dashboard/DashboardCards.vue';
import DashboardTable from '../src/components/dashboard/DashboardTable.vue';
import { parseRejections, postingBatches } from '../src/model/postings';
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
  level: 'VILLAGE', code, name, townshipName: '望远镇', schemeStatus, figures: figures(f),
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

  test('the village table names each village\'s scheme status and opens the village clicked', async () => {
    const rows = [village('640121102201', '通桥村', {}, 'FILED'), village('640121102001', '富原社区', { budgetUse: null, budget: null }, null)];
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

describe('the agency\'s list of rejections', () => {
  test('a pasted list gives each ID number (upper-case) its reason; blank lines are skipped', () => {
    expect(parseRejections('64012119700101001x\t账户已注销\n\n640121197001010023, 户名 不符 \n640121197001010031')).toEqual([
      { line: 1, idNumber: '64012119700101001X', reason: '账户已注销' },
      { line: 3, idNumber: '640121197001010023', reason: '户名 不符' },
      { line: 4, idNumber: '640121197001010031', reason: '' },
    ]);
  });

  test('the rest of the pending members are posted, in chunks the server accepts', () => {
    const pending = ['A', 'B', 'C', 'D', 'E'];
    const batches = postingBatches(pending, [{ line: 1, idNumber: 'C', reason: '退回' }], true, 2);
    expect(batches).toEqual([
      [{ idNumber: 'C', status: 'REJECTED', reason: '退回' }, { idNumber: 'A', status: 'POSTED' }],
      [{ idNumber: 'B', status: 'POSTED' }, { idNumber: 'D', status: 'POSTED' }],
      [{ idNumber: 'E', status: 'POSTED' }],
    ]);
    expect(postingBatches(pending, [], false, 10)).toEqual([]);
  });
});
