import { workingYear } from '../model/workingYear';
import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import { BUILT_IN_FACTS, NINGXIA_POLICY_YEARS, factsOf, type FactInfo, type PolicyYear, type RuleSet } from '@cunce/rules';

/** What the editor's pieces share: the facts a rule can test (built-in and the village's) and the year's tiers. */
export interface EditorContext {
  facts: ComputedRef<FactInfo[]>;
  tiers: ComputedRef<number[]>;
  regionMax: ComputedRef<number>;
  doc: ComputedRef<RuleSet | null>;
}

export const EDITOR_CONTEXT: InjectionKey<EditorContext> = Symbol('editor-context');

export function createEditorContext(doc: () => RuleSet | null, policy: () => PolicyYear | undefined): EditorContext {
  const tiers = computed(() => (policy()?.tiers ?? []).map((t) => t.amount).sort((a, b) => a - b));
  return {
    doc: computed(doc),
    facts: computed(() => [...factsOf(doc()?.facts ?? []).values()]),
    tiers,
    regionMax: computed(() => Math.max(0, ...tiers.value)),
  };
}

export function provideEditorContext(ctx: EditorContext): void {
  provide(EDITOR_CONTEXT, ctx);
}

const fallbackPolicy = NINGXIA_POLICY_YEARS.find((y) => y.year === workingYear()) ?? NINGXIA_POLICY_YEARS[0];
const fallback = createEditorContext(
  () => null,
  () => fallbackPolicy,
);
fallback.facts = computed(() => [...BUILT_IN_FACTS]);

export function useEditorContext(): EditorContext {
  return inject(EDITOR_CONTEXT, fallback);
}
