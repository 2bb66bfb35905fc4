import { ref, shallowRef, watch, type Ref } from 'vue';
import { simulate, type MemberInput, type RowIssue, type RuleSet, type Simulation } from '@cunce/rules';
import { usePolicyStore } from '../stores/policy';

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'ok'; simulation: Simulation }
  | { kind: 'invalid' }
  | { kind: 'badRows'; rows: RowIssue[] };

/**
 * The roster evaluated with the rule set being edited, in the browser, a moment after each change
 * (debounced). An invalid rule set keeps the last good result on screen, marked as outdated.
 */
export function usePreview(json: Ref<string | null>, members: Ref<MemberInput[]>, delay = 400) {
  const policy = usePolicyStore();
  const state = shallowRef<PreviewState>({ kind: 'idle' });
  const last = shallowRef<Simulation | null>(null);
  const running = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  async function run(): Promise<void> {
    const text = json.value;
    if (text === null) return;
    const mine = ++generation;
    running.value = true;
    const result = await simulate(JSON.parse(text) as RuleSet, members.value, policy.source, { mode: 'simulate' });
    if (mine !== generation) return;
    running.value = false;
    if (result.ok) {
      last.value = result.simulation;
      state.value = { kind: 'ok', simulation: result.simulation };
    } else if (result.rows.length > 0) state.value = { kind: 'badRows', rows: result.rows };
    else state.value = { kind: 'invalid' };
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run().catch(() => (running.value = false)), delay);
  }

  watch([json, members, () => policy.source], schedule, { immediate: true });
  return { state, last, running, run };
}

/** One member alone with the trace (no budget step, as the test harness evaluates), for "why" and new test cases. */
export async function evaluateAlone(ruleSet: RuleSet, member: MemberInput, source: Parameters<typeof simulate>[2]) {
  const alone: RuleSet = { ...ruleSet };
  delete alone.budget;
  const result = await simulate(alone, [member], source, { mode: 'simulate', trace: true });
  return result.ok ? result.simulation.outcomes[0]! : null;
}
