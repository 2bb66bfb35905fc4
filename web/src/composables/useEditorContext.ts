import { workingYear } from '../model/workingYear';
import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import { BUILT_IN_FACTS, NINGXIA_POLICY_YEARS, factsOf, type FactInfo, type PolicyYear, type RuleSet } from '@cunce/rules';

/** What the editor's pieces share: the facts a rule can test (built-in and the village's) and the year's tiers. */
export interface EditorContext {
  facts: ComputedRef<FactInfo[]>;
  /** A fact's Chinese label, or its name when no such fact is declared. */
  factLabel: (name: string) => string;
  tiers: ComputedRef<number[]>;
  regionMax: ComputedRef<number>;
  doc: ComputedRef<RuleSet | null>;
}

export const EDITOR_CONTEXT: InjectionKey<EditorContext> = Symbol('editor-context');

export function createEditorContext(doc: () => RuleSet | null, policy: () => PolicyYear | undefined): EditorContext {
  const tiers = computed(() => (policy()?.tiers ?? []).map((t) => t.amount).sort((a, b) => a - b));
  const ctx: EditorContext = {
    doc: computed(doc),
    facts: computed(() => [...factsOf(doc()?.facts ?? []).values()]),
    factLabel: (name) => ctx.facts.value.find((f) => f.name === name)?.label ?? name,
    tiers,
    regionMax: computed(() => Math.max(0, ...tiers.value)),
  };
  return ctx;
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
