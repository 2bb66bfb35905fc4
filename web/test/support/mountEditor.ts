import { computed, defineComponent, h, nextTick, reactive, type Component } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { NINGXIA_POLICY_YEARS, policySource, validateRuleSet, type RuleSet, type Validation } from '@cunce/rules';
import { createIssueBoard, provideIssueBoard } from '../../src/composables/useIssueBoard';
import { createEditorContext, provideEditorContext } from '../../src/composables/useEditorContext';

export const policies = policySource(NINGXIA_POLICY_YEARS);
export const policy2025 = NINGXIA_POLICY_YEARS.find((y) => y.year === 2025)!;

/** A rule set for 2025 with overrides: the factory the editor's tests start from. */
export function ruleSetOf(overrides: Partial<RuleSet> = {}): RuleSet {
  return { format: 'cunce.ruleset/1', village: '640181105201', year: 2025, sections: [], ...overrides };
}

/**
 * Mounts an editor piece under what the village page provides: the editor context for `doc` and an issue board
 * fed by the real validation of `doc` (or by `validation` when given). `props` picks the piece's props from the
 * reactive document, so edits land in it.
 */
export function mountEditor(component: Component, props: (doc: RuleSet) => Record<string, unknown>, doc: RuleSet, validation?: Validation) {
  const reactiveDoc = reactive(doc) as RuleSet;
  const Host = defineComponent({
    setup() {
      const v = computed(() => validation ?? validateRuleSet(JSON.parse(JSON.stringify(reactiveDoc)), policies));
      provideIssueBoard(createIssueBoard(v));
      provideEditorContext(
        createEditorContext(
          () => reactiveDoc,
          () => policy2025,
        ),
      );
      return () => h(component, props(reactiveDoc));
    },
  });
  return { wrapper: mount(Host, { attachTo: document.body }), doc: reactiveDoc };
}

/** Lets Element Plus finish rendering (its tables lay out their rows after a tick). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await flushPromises();
    await nextTick();
  }
}
