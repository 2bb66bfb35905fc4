import { describe, expect, test } from 'vitest';
import { nextTick, ref } from 'vue';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { ElInputNumber, ElSelect } from 'element-plus';
import { checkPoolCondition, makeIdNumber, type DonationsInput, type MemberInput } from '@cunce/rules';
import type { Role, User } from '../src/graphql/auth';
import type { Donor, PoolInput } from '../src/graphql/donations';
import type { DonorStatement } from '../src/graphql/donationStatement';
import { navEntriesFor } from '../src/model/navigation';
import { conditionToSend, reconciles, recordableKinds } from '../src/model/donations';
import { usePreview } from '../src/composables/usePreview';
import DonationsPoolDialog from '../src/components/donations/DonationsPoolDialog.vue';
import DonationsStatementSheet from '../src/components/donations/DonationsStatementSheet.vue';
import { ruleSetOf, settle } from './support/mountEditor';

const user = (role: Role, areaCode: string | null = null): User => ({ id: '9', username: 'u', role, areaCode });
const donor = (id: string, kind: Donor['kind'], name: string): Donor => ({
  id,
  kind,
  name,
  contact: null,
  creditCode: null,
  areaCode: '640121',
  version: 1,
});
const VILLAGES = [
  { code: '640121102201', label: '永宁县 望远镇 通桥村' },
  { code: '640121102202', label: '永宁县 望远镇 政权村' },
];

describe('who records donations', () => {
  test('the navigation offers 社会资助 to 县民政, village cadres and the administrator only', () => {
    const has = (role: Role) => navEntriesFor(user(role, '640121')).some((e) => e.name === 'donations');
    expect(['REGION_ADMIN', 'CIVIL_AFFAIRS', 'VILLAGE_CADRE'].map((r) => has(r as Role))).toEqual([true, true, true]);
    expect(['COUNTY_HRSS', 'COUNTY_AGRICULTURE', 'TOWNSHIP_OFFICER', 'AGENCY'].map((r) => has(r as Role))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  test("a cadre records individuals and enterprises; charities are 县民政's", () => {
    expect(recordableKinds(user('VILLAGE_CADRE', '640121102201'))).toEqual(['INDIVIDUAL', 'ENTERPRISE']);
    expect(recordableKinds(user('CIVIL_AFFAIRS', '640121'))).toContain('CHARITY');
  });
});

describe('money and conditions', () => {
  test('a statement reconciles to the fen, without float additions', () => {
    const totals = {
      given: 0.3,
      applied: 0.1,
      returned: 0.2,
      unallocated: 0,
      appliedFinal: 0.1,
      returnedFinal: 0.2,
      appliedDraft: 0,
      returnedDraft: 0,
    };
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(reconciles(totals)).toBe(true);
    expect(reconciles({ ...totals, unallocated: 0.01 })).toBe(false);
  });

  test('an empty condition group is sent as null (every member paying for the year)', () => {
    expect(conditionToSend({ all: [] })).toBeNull();
    const hardship = { any: [{ fact: 'hardship', operator: 'contains', value: 'MINIMUM_LIVING' }] };
    expect(conditionToSend(hardship)).toBe(hardship);
  });
});

async function choose(el: VueWrapper, n: number, value: unknown): Promise<void> {
  el.findAllComponents(ElSelect)[n]!.vm.$emit('update:modelValue', value);
  await nextTick();
}

describe('the pool dialog', () => {
  function mountDialog() {
    const donors = [donor('1', 'CHARITY', '永宁县慈善总会'), donor('2', 'ENTERPRISE', '通桥建材')];
    return mount(DonationsPoolDialog, {
      props: {
        open: false,
        pool: null,
        donors,
        me: user('CIVIL_AFFAIRS', '640121'),
        villages: VILLAGES,
        year: 2025,
        busy: false,
        refusal: null,
      },
      attachTo: document.body,
    });
  }

  test("builds the condition with the rule editor's builder and sends a pool for two villages", async () => {
    const wrapper = mountDialog();
    await wrapper.setProps({ open: true });
    await settle();
    const dialog = wrapper.findComponent({ name: 'ElDialog' }) as VueWrapper;
    await choose(dialog, 0, '1');
    await choose(
      dialog,
      1,
      VILLAGES.map((v) => v.code),
    );
    const [amount, perMember] = dialog.findAllComponents(ElInputNumber);
    amount!.vm.$emit('update:modelValue', 700);
    perMember!.vm.$emit('update:modelValue', 200);
    await dialog.find('[data-test="cond-add-leaf"]').trigger('click');
    await choose(dialog.findComponent({ name: 'RuleEditorConditionLeaf' }) as VueWrapper, 0, 'hardship');
    await choose(dialog.findComponent({ name: 'RuleEditorConditionHardship' }) as VueWrapper, 2, ['MINIMUM_LIVING', 'SEVERE_DISABILITY']);
    await dialog.find('[data-test="pool-submit"]').trigger('click');
    const sent = wrapper.emitted('save')![0]![0] as PoolInput;
    expect(sent).toMatchObject({
      donorId: '1',
      charityId: null,
      year: 2025,
      villageCodes: VILLAGES.map((v) => v.code),
      amount: 700,
      perMember: 200,
      order: 'ROSTER',
    });
    expect(JSON.stringify(sent.condition)).toContain('SEVERE_DISABILITY');
    expect(checkPoolCondition(sent.condition)).toEqual([]);
    wrapper.unmount();
  });

  test('refuses before sending when no village is chosen, saying so in Chinese at the field', async () => {
    const wrapper = mountDialog();
    await wrapper.setProps({ open: true });
    await settle();
    const dialog = wrapper.findComponent({ name: 'ElDialog' }) as VueWrapper;
    await choose(dialog, 0, '2');
    await dialog.find('[data-test="pool-submit"]').trigger('click');
    expect(wrapper.emitted('save')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 150)); // Element Plus shows a field's error a moment after it is set
    expect(document.body.querySelector('[data-field="villageCodes"] .el-form-item__error')?.textContent).toContain('请至少选择一个村');
    expect(document.body.querySelector('[data-field="donorId"] .el-form-item__error')).toBeNull();
    wrapper.unmount();
  });
});

describe('the statement sheet', () => {
  test('shows the totals, says they add up, masks ID numbers and marks drafts', () => {
    const s = {
      donor: { ...donor('1', 'CHARITY', '永宁县慈善总会'), creditCode: '53100000500021676K' },
      year: 2025,
      complete: true,
      final: false,
      generatedAt: '2025-12-01T00:00:00Z',
      gifts: [],
      pools: [],
      settlements: [],
      totals: {
        given: 700,
        applied: 600.5,
        returned: 0,
        unallocated: 99.5,
        appliedFinal: 400,
        returnedFinal: 0,
        appliedDraft: 200.5,
        returnedDraft: 0,
      },
    } as DonorStatement;
    const text = mount(DonationsStatementSheet, { props: { statement: s } }).text();
    expect(text).toContain('永宁县慈善总会 2025年度社会资助对账单');
    expect(text).toMatch(/核对：700 = 600\.50 \+ 0 \+ 99\.50（元）\s*相符/);
    expect(text).toContain('含结算草稿中的金额');
  });
});

describe('the preview with recorded donations', () => {
  test('allocates gifts and pools as settlement does: the cap returns the excess, the pool gives its matching member', async () => {
    setActivePinia(createPinia());
    const doc = ruleSetOf({
      sections: [
        {
          key: 'custom',
          label: '其他',
          hitPolicy: 'SUM',
          rules: [
            {
              id: 'r1',
              label: '每人',
              when: { all: [{ fact: 'isCollectiveMember', operator: 'equal', value: true }] },
              amount: { fixed: 100 },
            },
          ],
        },
      ],
    });
    const members: MemberInput[] = [
      { idNumber: makeIdNumber('640121', '19600101', '001'), contribution: 500 },
      { idNumber: makeIdNumber('640121', '19650101', '003'), contribution: 500, hardship: ['MINIMUM_LIVING'] },
    ];
    const donations = ref<DonationsInput | null>({
      year: 2025,
      gifts: [{ id: 'g1', donorId: 'd1', idNumber: members[0]!.idNumber, amountFen: 300_000 }],
      pools: [
        {
          id: 'p1',
          donorId: 'd2',
          availableFen: 50_000,
          perMemberFen: 20_000,
          condition: { all: [{ fact: 'hardship', operator: 'contains', value: 'MINIMUM_LIVING' }] },
          order: 'ROSTER',
        },
      ],
    });
    const { run, last } = usePreview(ref(JSON.stringify(doc)), ref(members), donations, 0);
    await run();
    expect(last.value!.outcomes.map((o) => [o.collective, o.donation, o.donationExcess])).toEqual([
      [100, 2900, 100],
      [100, 200, 0],
    ]);
    expect(last.value!.totals).toMatchObject({ donation: 3100, donationExcess: 100 });
    donations.value = null;
    await run();
    expect(last.value!.totals).toMatchObject({ donation: 0, donationExcess: 0 });
  });
});
