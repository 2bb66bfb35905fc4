import { describe, expect, test } from 'vitest';
import { nextTick } from 'vue';
import type { VueWrapper } from '@vue/test-utils';
import { ElSelect } from 'element-plus';
import type { AllCondition, RuleSet } from '@cunce/rules';
import RuleEditorConditionGroup from '../src/components/rule-editor/RuleEditorConditionGroup.vue';
import { mountEditor, ruleSetOf, settle } from './support/mountEditor';

function builder(when: AllCondition, facts: RuleSet['facts'] = undefined) {
  const doc = ruleSetOf({
    facts,
    sections: [{ key: 'custom', label: '其他', hitPolicy: 'SUM', rules: [{ id: 'r1', label: '规则', when, amount: { fixed: 10 } }] }],
  });
  return mountEditor(
    RuleEditorConditionGroup,
    (d) => ({ group: d.sections[0]!.rules[0]!.when, path: '/sections/0/rules/0/when', root: true }),
    doc,
  );
}
const when = (doc: RuleSet) => doc.sections[0]!.rules[0]!.when as AllCondition;

/** Opens the n-th Element Plus select under `el` (its options are rendered only while it is open) and returns it. */
async function open(el: VueWrapper, n: number) {
  const select = el.findAllComponents(ElSelect)[n]!;
  await select.find('.el-select__wrapper').trigger('click');
  await settle();
  return select;
}

/** Picks a value in the n-th Element Plus select under `el`, as a click on its option would. */
async function choose(el: VueWrapper | ReturnType<VueWrapper['find']>, n: number, value: unknown) {
  const selects = (el as VueWrapper).findAllComponents(ElSelect);
  selects[n]!.vm.$emit('update:modelValue', value);
  await nextTick();
}

describe('condition builder', () => {
  test('adds a leaf on the contribution tier with an operator and value that fit a number', async () => {
    const { wrapper, doc } = builder({ all: [] });
    await wrapper.find('[data-test="cond-add-leaf"]').trigger('click');
    expect(when(doc).all).toEqual([{ fact: 'contribution', operator: 'greaterThanInclusive', value: 200 }]);
    expect(wrapper.findAll('[data-test="cond-leaf"]')).toHaveLength(1);
  });

  test('changing the fact resets operator and value to fit its type', async () => {
    const { wrapper, doc } = builder({ all: [{ fact: 'contribution', operator: 'lessThan', value: 500 }] });
    const leaf = () => wrapper.findComponent({ name: 'RuleEditorConditionLeaf' }) as VueWrapper;

    await choose(leaf(), 0, 'proxyPaid');
    expect(when(doc).all[0]).toEqual({ fact: 'proxyPaid', operator: 'equal', value: true });

    await choose(leaf(), 0, 'paymentType');
    expect(when(doc).all[0]).toEqual({ fact: 'paymentType', operator: 'equal', value: 'CURRENT' });

    await choose(leaf(), 1, 'in');
    expect(when(doc).all[0]).toEqual({ fact: 'paymentType', operator: 'in', value: ['CURRENT'] });

    await choose(leaf(), 0, 'age');
    expect(when(doc).all[0]).toEqual({ fact: 'age', operator: 'greaterThanInclusive', value: 60 });
  });

  test('offers only the operators of the fact type', async () => {
    const { wrapper } = builder({ all: [{ fact: 'isCollectiveMember', operator: 'equal', value: true }] });
    const operatorSelect = await open(wrapper.findComponent({ name: 'RuleEditorConditionLeaf' }) as VueWrapper, 1);
    const options = operatorSelect.findAllComponents({ name: 'ElOption' }).map((o) => o.props('value'));
    expect(options).toEqual(['equal', 'notEqual']);
  });

  test('several hardship categories become any of contains, one becomes a single leaf again', async () => {
    const { wrapper, doc } = builder({ all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 45 }] });
    await choose(wrapper.findComponent({ name: 'RuleEditorConditionLeaf' }) as VueWrapper, 0, 'hardship');
    expect(when(doc).all[0]).toEqual({ fact: 'hardship', operator: 'contains', value: 'MINIMUM_LIVING' });

    const picker = () => wrapper.findComponent({ name: 'RuleEditorConditionHardship' }) as VueWrapper;
    await choose(picker(), 2, ['MINIMUM_LIVING', 'SEVERE_DISABILITY']);
    expect(when(doc).all[0]).toEqual({
      any: [
        { fact: 'hardship', operator: 'contains', value: 'MINIMUM_LIVING' },
        { fact: 'hardship', operator: 'contains', value: 'SEVERE_DISABILITY' },
      ],
    });
    expect(wrapper.findAll('[data-test="cond-group"]')).toHaveLength(1);

    await choose(picker(), 2, ['SEVERE_DISABILITY']);
    expect(when(doc).all[0]).toEqual({ fact: 'hardship', operator: 'contains', value: 'SEVERE_DISABILITY' });
  });

  test('nests any-groups and not-groups and edits inside them', async () => {
    const { wrapper, doc } = builder({ all: [] });
    await wrapper.find('[data-test="cond-add-group"]').trigger('click');
    expect(when(doc).all).toEqual([{ any: [{ fact: 'contribution', operator: 'greaterThanInclusive', value: 200 }] }]);

    const inner = wrapper.find('[data-path="/sections/0/rules/0/when/all/0"]');
    expect(inner.attributes('data-kind')).toBe('any');
    await inner.find('[data-test="cond-add-leaf"]').trigger('click');
    expect((when(doc).all[0] as { any: unknown[] }).any).toHaveLength(2);

    await choose(wrapper.findAllComponents({ name: 'RuleEditorConditionGroup' })[1]!, 0, 'all');
    expect(when(doc).all[0]).toEqual({
      all: [
        { fact: 'contribution', operator: 'greaterThanInclusive', value: 200 },
        { fact: 'contribution', operator: 'greaterThanInclusive', value: 200 },
      ],
    });

    await wrapper.find('[data-path="/sections/0/rules/0/when"] > .group-head [data-test="cond-add-not"]').trigger('click');
    expect(when(doc).all[1]).toEqual({ not: { all: [{ fact: 'contribution', operator: 'greaterThanInclusive', value: 200 }] } });
    expect(wrapper.find('[data-path="/sections/0/rules/0/when/all/1/not"]').exists()).toBe(true);

    await wrapper.find('[data-path="/sections/0/rules/0/when/all/0"] [data-test="cond-remove-group"]').trigger('click');
    expect(when(doc).all).toHaveLength(1);
    expect(when(doc).all[0]).toHaveProperty('not');
  });

  test('offers the village-defined facts and fits the value to their type', async () => {
    const { wrapper, doc } = builder({ all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 45 }] }, [
      { name: 'groupLeader', label: '村民小组长', type: 'boolean' },
      { name: 'team', label: '所在村民小组', type: 'enum', values: ['一组', '二组'] },
    ]);
    const factSelect = await open(wrapper.findComponent({ name: 'RuleEditorConditionLeaf' }) as VueWrapper, 0);
    const labels = factSelect.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'));
    expect(labels).toContain('村民小组长');

    await choose(wrapper.findComponent({ name: 'RuleEditorConditionLeaf' }) as VueWrapper, 0, 'team');
    expect(when(doc).all[0]).toEqual({ fact: 'team', operator: 'equal', value: '一组' });
  });
});
