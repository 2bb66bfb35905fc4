import { describe, expect, test } from 'vitest';
import type { DOMWrapper } from '@vue/test-utils';
import type { RuleSet } from '@cunce/rules';
import RuleEditor from '../src/components/rule-editor/RuleEditor.vue';
import { mountEditor, ruleSetOf, settle } from './support/mountEditor';

/** A standard whose selects all hold a code that has a Chinese word: facts, operators, hit policy, amount, value. */
function standard(): RuleSet {
  return ruleSetOf({
    fundSource: 'COLLECTIVE_INCOME',
    facts: [{ name: 'isVeteran', label: '退役军人', type: 'boolean' }],
    sections: [
      {
        key: 'base',
        label: '每人补助',
        kind: 'CUSTOM',
        hitPolicy: 'FIRST',
        rules: [
          {
            id: 'r1',
            label: '缴费即补',
            when: {
              any: [
                { fact: 'contribution', operator: 'greaterThanInclusive', value: 200 },
                { fact: 'isVeteran', operator: 'equal', value: true },
                { fact: 'paymentType', operator: 'equal', value: 'BACK_PAY' },
                { fact: 'hardship', operator: 'contains', value: 'MINIMUM_LIVING' },
              ],
            },
            amount: { rate: 0.1, of: 'contribution' },
          },
        ],
      },
    ],
  });
}

/** What a closed select shows: its selected item's text, or its tags' texts. */
const shown = (select: DOMWrapper<Element>) => {
  const tags = select.findAll('.el-select__tags-text');
  return tags.length
    ? tags.map((t) => t.text()).join('、')
    : select.find('.el-select__selected-item:not(.el-select__input-wrapper)').text();
};
const OPTION = '.el-select-dropdown__item';
const POPPER = '.el-select__popper';
/**
 * The body's elements matching `selector` now, and those added since such a snapshot: the editor tests' files share a
 * document (isolate: false), where another file's teleported dropdowns may still be.
 */
const present = (selector: string) => new Set(document.body.querySelectorAll(selector));
const added = (since: ReadonlySet<Element>, selector: string) => [...present(selector)].filter((e) => !since.has(e));

describe('rule editor selects', () => {
  test('show the Chinese words of their values while closed, without rendering any dropdown', async () => {
    const before = { options: present(OPTION), poppers: present(POPPER) };
    const { wrapper } = mountEditor(RuleEditor, (doc) => ({ doc }), standard());
    await settle();
    const selects = wrapper.findAll('.el-select');
    const texts = Object.fromEntries(selects.map((s) => [s.attributes('data-test') ?? 'value', shown(s)]));
    expect(texts['setting-ageAsOf']).toBe('年末（12月31日）');
    expect(texts['setting-fundSource']).toBe('集体经济组织收益');
    expect(texts['section-hit-policy']).toBe('取第一条');
    expect(texts['cond-kind']).toBe('任一满足（或者）');
    expect(texts['amount-of']).toBe('缴费档次（元）');
    expect(texts['fact-type-0']).toBe('是/否');
    const leaves = wrapper.findAll('[data-test="cond-leaf"]').map((leaf) => leaf.findAll('.el-select').map(shown));
    expect(leaves).toEqual([
      ['缴费档次（元）', '大于等于'],
      ['退役军人', '等于', '是'],
      ['缴费类型', '等于', '以往年度补缴'],
      ['困难类别', '属于任一', '低保对象'],
    ]);
    expect(added(before.options, OPTION)).toHaveLength(0);
    expect(added(before.poppers, POPPER)).toHaveLength(0);
    wrapper.unmount();
  });

  test('render a select’s options when it is opened, and pick one by its word', async () => {
    const before = present(POPPER);
    const { wrapper, doc } = mountEditor(RuleEditor, (d) => ({ doc: d }), standard());
    await settle();
    await wrapper.find('[data-test="section-hit-policy"] .el-select__wrapper').trigger('click');
    await settle();
    const items = added(before, POPPER).flatMap((popper) => [...popper.querySelectorAll(OPTION)]);
    expect(items.map((o) => o.textContent?.trim())).toEqual([
      '取最高：符合多条时只给金额最高的一条',
      '累加：符合的各条金额相加',
      '取第一条：按顺序给第一条符合的',
    ]);
    (items[1] as HTMLElement).click();
    await settle();
    expect(doc.sections[0]!.hitPolicy).toBe('SUM');
    expect(shown(wrapper.find('[data-test="section-hit-policy"]'))).toBe('累加');
    wrapper.unmount();
  });
});
