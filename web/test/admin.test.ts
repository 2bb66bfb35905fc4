import { describe, expect, test } from 'vitest';
import { mount } from '@vue/test-utils';
import { ElInputNumber, ElOption, ElSelectV2 } from 'element-plus';
import { divisions } from '@cunce/rules';
import type { Role, User } from '../src/graphql/auth';
import type { AdminCounty } from '../src/graphql/divisionAdmin';
import UsersCreateDialog from '../src/components/users/UsersCreateDialog.vue';
import PolicyYearsEditor from '../src/components/policy-years/PolicyYearsEditor.vue';
import AuditLogTable from '../src/components/audit/AuditLogTable.vue';
import { navEntriesFor, navTarget } from '../src/model/navigation';
import { ROLE_LABELS } from '../src/model/access';
import { areaOptions, creatableRoles } from '../src/model/userAdmin';
import { divisionRows, villageCodeProblem } from '../src/model/divisionRows';
import { editableCopy, nextYear, policyProblems } from '../src/model/policyYearForm';
import { diffRuleSets } from '../src/model/diff';
import { policy2025, settle } from './support/mountEditor';

const user = (role: Role, areaCode: string | null = null): User => ({ id: '9', username: 'u', role, areaCode });
/** The seeded divisions (rules/divisions), as the `counties` query answers them. */
const COUNTIES: AdminCounty[] = divisions.counties.map((c) => ({
  code: c.code,
  name: c.name,
  city: c.city,
  townships: c.townships.map((t) => ({
    code: t.code,
    name: t.name,
    provisional: false,
    villages: t.villages.map((v) => ({ code: v.code, name: v.name, provisional: v.provisional, formerCodes: [] })),
  })),
}));

describe('admin screens', () => {
  test('the navigation offers each role only the pages it may use', () => {
    const names = (role: Role) => navEntriesFor(user(role)).map((e) => e.name);
    expect(names('REGION_ADMIN')).toEqual(expect.arrayContaining(['users', 'policy-years', 'divisions', 'audit', 'projection']));
    expect(names('COUNTY_HRSS')).toContain('users');
    expect(names('COUNTY_HRSS')).not.toContain('policy-years');
    for (const role of ['COUNTY_AGRICULTURE', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'AGENCY'] as const) {
      expect(names(role)).not.toContain('users');
      expect(names(role)).not.toContain('divisions');
    }
    expect(navEntriesFor(null)).toEqual([]);
    const projection = navEntriesFor(user('VILLAGE_CADRE', '640181105201')).find((e) => e.name === 'projection')!;
    expect(navTarget(projection, user('VILLAGE_CADRE', '640181105201'), 2025)).toEqual({
      name: 'projection',
      query: { village: '640181105201', year: '2025' },
    });
  });

  test("a county's 人社 creates township officers and cadres of its own county only", () => {
    const hrss = user('COUNTY_HRSS', '640181');
    expect(creatableRoles(hrss)).toEqual(['TOWNSHIP_OFFICER', 'VILLAGE_CADRE']);
    expect(creatableRoles(user('TOWNSHIP_OFFICER', '640181105'))).toEqual([]);
    const villages = areaOptions('village', COUNTIES, '640181');
    expect(villages.length).toBeGreaterThan(0);
    expect(villages.every((v) => v.code.startsWith('640181') && v.code.length === 12)).toBe(true);
    expect(villages.find((v) => v.code === '640181105201')?.label).toBe('灵武市 临河镇 上桥村');
    expect(areaOptions('county', COUNTIES, null).length).toBe(22);
  });

  test("the create dialog of a county 人社 lists its two roles and its county's villages", async () => {
    const wrapper = mount(UsersCreateDialog, {
      props: { open: true, manager: user('COUNTY_HRSS', '640181'), divisions: COUNTIES, busy: false, error: '' },
      attachTo: document.body,
    });
    await settle();
    const labels = wrapper.findAllComponents(ElOption).map((o) => String(o.props('label')));
    expect(labels.filter((l) => Object.values(ROLE_LABELS).includes(l))).toEqual(['乡镇（街道）', '村干部']);
    // The area list is virtual (el-select-v2): its options are the component's, not one ElOption each.
    const options = wrapper.findComponent(ElSelectV2).props('options') as { value: string; label: string }[];
    const areas = options.map((o) => o.label).filter((l) => /（\d{12}）$/.test(l));
    expect(areas.length).toBeGreaterThan(0);
    expect(areas.every((l) => l.includes('（640181'))).toBe(true);
    wrapper.unmount();
  });

  test('the divisions search keeps a township with its villages and finds a village by a former code', () => {
    const byName = divisionRows(COUNTIES, '临河镇');
    expect(byName.map((c) => c.code)).toEqual(['640181']);
    expect(byName[0]!.children!.map((t) => [t.code, t.children!.length])).toEqual([['640181105', 7]]);
    const withAlias = COUNTIES.map((c) => ({
      ...c,
      townships: c.townships.map((t) => ({
        ...t,
        villages: t.villages.map((v) => (v.code === '640181105203' ? { ...v, formerCodes: ['640181105299'] } : v)),
      })),
    }));
    expect(divisionRows(withAlias, '640181105299').flatMap((c) => c.children!.flatMap((t) => t.children!.map((v) => v.code)))).toEqual([
      '640181105203',
    ]);
    expect(villageCodeProblem('64018110520', '640181105')).toBe('村代码应为12位数字');
    expect(villageCodeProblem('640181106201', '640181105')).toContain('640181105');
    expect(villageCodeProblem('640181105208', '640181105')).toBe('');
  });

  test('a policy year is edited as a sorted copy, checked before saving, and the next year starts from it', () => {
    const copy = editableCopy({ ...policy2025, tiers: [...policy2025.tiers].reverse() });
    expect(copy.tiers.map((t) => t.amount)).toEqual([...policy2025.tiers].map((t) => t.amount).sort((a, b) => a - b));
    expect(policyProblems(copy)).toEqual([]);
    copy.tiers.push({ amount: copy.tiers[0]!.amount, governmentSubsidy: -1, hardshipOnly: false });
    expect(policyProblems(copy)).toEqual([`第${copy.tiers.length}档的政府补贴不能小于0`, '缴费档次金额不能重复']);
    expect(nextYear(policy2025).year).toBe(2026);
  });

  test('a frozen policy year shows its tiers read-only', async () => {
    const wrapper = mount(PolicyYearsEditor, { props: { policy: editableCopy(policy2025), readonly: true }, attachTo: document.body });
    await settle();
    const boxes = wrapper.findAllComponents(ElInputNumber);
    expect(boxes.length).toBe(policy2025.tiers.length * 2);
    expect(boxes.every((b) => b.props('disabled') === true)).toBe(true);
    expect(wrapper.find('[data-test="policy-tier-add"]').exists()).toBe(false);
    wrapper.unmount();
  });

  test('an audit entry unfolds to what changed, a created user as added fields in words', async () => {
    const entry = {
      id: '5',
      at: '2025-03-01T02:00:00Z',
      user: 'admin',
      action: 'CREATE_USER',
      entity: 'User',
      entityId: '7',
      villageCode: null,
      year: null,
      before: null,
      after: { id: 7, username: 'cadre-1', role: 'VILLAGE_CADRE', areaCode: '640181105201', disabled: false },
    };
    const wrapper = mount(AuditLogTable, {
      props: { entries: [entry], showVillage: true, villageNames: new Map() },
      attachTo: document.body,
    });
    await settle();
    expect(wrapper.find('[data-test="audit-action"]').text()).toBe('新建用户');
    await wrapper.find('.el-table__expand-icon').trigger('click');
    await settle();
    const rows = wrapper.findAll('[data-test="audit-diff-5"] .el-table__body tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(rows).toContainEqual(['新增', '用户名', '', 'cadre-1']);
    expect(rows).toContainEqual(['新增', '区域代码', '', '640181105201']);
    expect(rows).toContainEqual(['新增', '已停用', '', '否']);
    wrapper.unmount();
  });

  test("a policy year's changed subsidy is placed at its tier by amount", () => {
    const after = { ...policy2025, tiers: policy2025.tiers.map((t, i) => (i === 1 ? { ...t, governmentSubsidy: 99 } : t)) };
    const tier = policy2025.tiers[1]!;
    expect(diffRuleSets(policy2025, after)).toEqual([
      {
        kind: 'changed',
        place: `缴费档次 › ${tier.amount}元档 › 政府补贴`,
        field: 'governmentSubsidy',
        before: tier.governmentSubsidy,
        after: 99,
      },
    ]);
  });
});
