import { describe, expect, test } from 'vitest';
import { ElInputNumber } from 'element-plus';
import type { VueWrapper } from '@vue/test-utils';
import type { Section } from '@cunce/rules';
import RuleEditorTierTable from '../src/components/rule-editor/RuleEditorTierTable.vue';
import { tierRule } from '../src/model/tierRows';
import { mountEditor, ruleSetOf, settle } from './support/mountEditor';

async function table(rules = [tierRule('t500', 500, { fixed: 50 }), tierRule('t200', 200, { fixed: 20 })]) {
  const section: Section = { key: 'tier', label: '档次补助', kind: 'TIER', hitPolicy: 'FIRST', rules };
  const mounted = mountEditor(
    RuleEditorTierTable,
    (d) => ({ section: d.sections[0], path: '/sections/0' }),
    ruleSetOf({ sections: [section] }),
  );
  await settle();
  return mounted;
}
const thresholds = (s: Section) => s.rules.map((r) => (r.when as { all: { value: number }[] }).all[0]!.value);

describe('tier table', () => {
  test('shows one row per tier rule, lowest threshold first', async () => {
    const { wrapper } = await table();
    const values = wrapper
      .findAllComponents(ElInputNumber)
      .filter((c) => c.attributes('data-test')?.startsWith('tier-threshold'))
      .map((c) => c.props('modelValue'));
    expect(values).toEqual([200, 500]);
  });

  test('adding a row takes the next tier of the year and keeps the highest threshold first', async () => {
    const { wrapper, doc } = await table();
    await wrapper.find('[data-test="tier-add"]').trigger('click');
    await settle();
    const s = doc.sections[0]!;
    expect(thresholds(s)).toEqual([1000, 500, 200]);
    expect(s.rules[0]).toEqual({
      id: 't1000',
      label: '缴费1000元及以上',
      when: { all: [{ fact: 'contribution', operator: 'greaterThanInclusive', value: 1000 }] },
      amount: { fixed: 60 },
    });
    expect(s.hitPolicy).toBe('FIRST');
  });

  test('changing a threshold rewrites the condition and label; the rows stay put while typing and re-sort on leaving the box', async () => {
    const { wrapper, doc } = await table();
    const box = (i: number) =>
      wrapper.findAllComponents(ElInputNumber).find((c: VueWrapper) => c.attributes('data-test') === `tier-threshold-${i}`)!;
    box(0).vm.$emit('focus');
    for (const typed of [2, 20, 200, 2000]) {
      box(0).vm.$emit('update:modelValue', typed);
      await settle();
      expect(box(0).props('modelValue')).toBe(typed); // the typed row is still the first row
    }
    const s = doc.sections[0]!;
    expect(thresholds(s)).toEqual([500, 2000]);
    box(0).vm.$emit('blur');
    await settle();
    expect(thresholds(s)).toEqual([2000, 500]);
    expect(box(1).props('modelValue')).toBe(2000);
    expect(s.rules[0]!.id).toBe('t200');
    expect(s.rules[0]!.label).toBe('缴费2000元及以上');
  });

  test('an amount becomes a percentage with a ceiling', async () => {
    const { wrapper, doc } = await table();
    await wrapper.find('[data-test="tier-amount-1"] [data-test="amount-mode-rate"] input').setValue(true);
    await settle();
    const s = doc.sections[0]!;
    expect(s.rules[0]!.amount).toEqual({ rate: 0.05, of: 'contribution' });

    const amount = wrapper.find('[data-test="tier-amount-1"]');
    const rate = amount.findAllComponents(ElInputNumber).find((c: VueWrapper) => c.attributes('data-test') === 'amount-rate')!;
    rate.vm.$emit('update:modelValue', 7);
    const max = amount.findAllComponents(ElInputNumber).find((c: VueWrapper) => c.attributes('data-test') === 'amount-max')!;
    max.vm.$emit('update:modelValue', 300);
    await settle();
    expect(s.rules[0]!.amount).toEqual({ rate: 0.07, of: 'contribution', max: 300 });

    max.vm.$emit('update:modelValue', null);
    await settle();
    expect(s.rules[0]!.amount).toEqual({ rate: 0.07, of: 'contribution' });
  });

  test('a fixed amount is edited in yuan', async () => {
    const { wrapper, doc } = await table();
    const fixed = wrapper
      .find('[data-test="tier-amount-0"]')
      .findAllComponents(ElInputNumber)
      .find((c: VueWrapper) => c.attributes('data-test') === 'amount-fixed')!;
    fixed.vm.$emit('update:modelValue', 25.5);
    await settle();
    expect(doc.sections[0]!.rules[1]!.amount).toEqual({ fixed: 25.5 });
  });

  test('removing a row removes its rule', async () => {
    const { wrapper, doc } = await table();
    await wrapper.find('[data-test="tier-remove-0"]').trigger('click');
    expect(doc.sections[0]!.rules.map((r) => r.id)).toEqual(['t500']);
  });
});
