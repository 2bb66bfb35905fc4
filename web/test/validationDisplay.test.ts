import { describe, expect, test } from 'vitest';
import { defineComponent, h, type PropType } from 'vue';
import { ElInputNumber } from 'element-plus';
import type { RuleSet } from '@cunce/rules';
import RuleEditor from '../src/components/rule-editor/RuleEditor.vue';
import RuleEditorSummary from '../src/components/rule-editor/RuleEditorSummary.vue';
import RuleEditorSettings from '../src/components/rule-editor/RuleEditorSettings.vue';
import RuleEditorSection from '../src/components/rule-editor/RuleEditorSection.vue';
import { tierRule } from '../src/model/tierRows';
import { mountEditor, ruleSetOf, settle } from './support/mountEditor';

function docWithProblems(): RuleSet {
  return ruleSetOf({
    personCap: 5000,
    sections: [
      {
        key: 'tier',
        label: '档次补助',
        kind: 'TIER',
        hitPolicy: 'FIRST',
        rules: [tierRule('t500', 500, { fixed: -5 }), tierRule('t200', 200, { fixed: 20 })],
      },
      {
        key: 'custom',
        label: '其他',
        kind: 'CUSTOM',
        hitPolicy: 'SUM',
        rules: [{ id: 'r1', label: '规则', when: { all: [{ fact: 'nope', operator: 'equal', value: 1 }] }, amount: { fixed: 10 } }],
      },
    ],
  });
}

/** The summary above the settings: the part of the editor these checks need (the whole editor is slow in happy-dom). */
const SettingsWithSummary = defineComponent({
  props: { doc: { type: Object as PropType<RuleSet>, required: true } },
  setup: (p) => () => h('div', [h(RuleEditorSummary), h(RuleEditorSettings, { doc: p.doc })]),
});

async function editor(doc: RuleSet, validation?: Parameters<typeof mountEditor>[3]) {
  const mounted = mountEditor(RuleEditor, (d) => ({ doc: d }), doc, validation);
  await settle();
  return mounted;
}
async function settings(doc: RuleSet, validation?: Parameters<typeof mountEditor>[3]) {
  const mounted = mountEditor(SettingsWithSummary, (d) => ({ doc: d }), doc, validation);
  await settle();
  return mounted;
}
async function section(doc: RuleSet, index: number) {
  const mounted = mountEditor(
    RuleEditorSection,
    (d) => ({ section: d.sections[index], path: `/sections/${index}`, index, count: d.sections.length }),
    doc,
  );
  await settle();
  return mounted;
}

describe('validation display', () => {
  test('a village cap above the region cap shows at the cap field', async () => {
    const { wrapper } = await settings(docWithProblems());
    const field = wrapper.find('[data-field="/personCap"]');
    expect(field.find('[data-code="CAP_ABOVE_REGION_MAX"]').text()).toContain('3000');
    expect(field.classes()).toContain('is-error');
  });

  test('a negative tier amount shows in the row of that tier', async () => {
    const { wrapper } = await editor(docWithProblems());
    const issue = wrapper.find('[data-issue-path="/sections/0/rules/0/amount"]');
    expect(issue.find('[data-code="BAD_AMOUNT"]').exists()).toBe(true);
    // Rows are listed lowest threshold first: rule 0 (500) is the second row.
    const row = issue.element.closest('tr')!;
    expect(row.querySelector('[data-test="tier-threshold-1"]')).not.toBeNull();
  });

  test('an unknown fact shows at its condition in the builder', async () => {
    const { wrapper } = await section(docWithProblems(), 1);
    const leaf = wrapper.find('[data-test="cond-leaf"][data-path="/sections/1/rules/0/when/all/0"]');
    expect(leaf.find('[data-code="UNKNOWN_FACT"]').exists()).toBe(true);
  });

  test('errors go away as the field is corrected', async () => {
    const { wrapper } = await settings(docWithProblems());
    expect(wrapper.find('[data-test="validation-summary"]').text()).toContain('有 3 处错误');
    const cap = wrapper.findAllComponents(ElInputNumber).find((c) => c.attributes('data-test') === 'setting-personCap')!;
    cap.vm.$emit('update:modelValue', 2000);
    await settle();
    expect(wrapper.find('[data-field="/personCap"] [data-code]').exists()).toBe(false);
    expect(wrapper.find('[data-test="validation-summary"]').text()).toContain('有 2 处错误');
  });

  test('an issue without a field on screen is listed in the summary', async () => {
    const { wrapper } = await settings(ruleSetOf({ sections: [] }), {
      valid: false,
      errors: [{ path: '/village', code: 'BAD_FIELD', message: '村的区划代码应为12位数字' }],
      warnings: [],
    });
    const summary = wrapper.find('[data-test="validation-summary"]');
    expect(summary.find('[data-issue-path=""] [data-code="BAD_FIELD"]').text()).toContain('村的区划代码应为12位数字');
  });
});
