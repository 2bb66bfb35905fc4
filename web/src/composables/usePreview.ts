import { ref, shallowRef, watch, type Ref } from 'vue';
import {
  evaluateWithDonations,
  simulate,
  toSimulation,
  type DonationsInput,
  type MemberInput,
  type PolicySource,
  type RowIssue,
  type RuleSet,
  type SimulateResult,
  type Simulation,
} from '@cunce/rules';
import { usePolicyStore } from '../stores/policy';

export type PreviewState =
  { kind: 'idle' } | { kind: 'ok'; simulation: Simulation } | { kind: 'invalid' } | { kind: 'badRows'; rows: RowIssue[] };

/**
 * The roster evaluated with the rule set being edited, in the browser, a moment after each change
 * (debounced). An invalid rule set keeps the last good result on screen, marked as outdated. With `donations`
 * (the village's recorded gifts and pools), they are allocated as settlement will (RULESET.md step 6).
 */
export function usePreview(json: Ref<string | null>, members: Ref<MemberInput[]>, donations?: Ref<DonationsInput | null>, delay = 400) {
  const policy = usePolicyStore();
  const state = shallowRef<PreviewState>({ kind: 'idle' });
  const last = shallowRef<Simulation | null>(null);
  /** The members `last` was computed for: the table pairs outcomes with these, not with a roster loaded since. */
  const lastMembers = shallowRef<MemberInput[]>([]);
  const running = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  async function run(): Promise<void> {
    const text = json.value;
    if (text === null) return;
    const mine = ++generation;
    running.value = true;
    const ruleSet = JSON.parse(text) as RuleSet;
    const list = members.value;
    const result = await simulate(ruleSet, list, policy.source, { mode: 'simulate' });
    const given = donations?.value;
    const simulation = result.ok && given ? await withDonations(ruleSet, result, given, policy.source) : null;
    if (mine !== generation) return;
    running.value = false;
    if (result.ok) {
      last.value = simulation ?? result.simulation;
      lastMembers.value = list;
      state.value = { kind: 'ok', simulation: last.value };
    } else if (result.rows.length > 0) state.value = { kind: 'badRows', rows: result.rows };
    else state.value = { kind: 'invalid' };
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run().catch(() => (running.value = false)), delay);
  }

  watch([json, members, () => policy.source, () => donations?.value], schedule, { immediate: true });
  return { state, last, lastMembers, running, run };
}

/** The roster's simulation with the recorded gifts and pools allocated, evaluated again as settlement does. */
async function withDonations(
  ruleSet: RuleSet,
  done: Extract<SimulateResult, { ok: true }>,
  given: DonationsInput,
  source: PolicySource,
): Promise<Simulation> {
  const { result } = await evaluateWithDonations(ruleSet, done.members, source, done.result, given);
  return toSimulation(result, done.simulation.warnings);
}

/** One member alone with the trace (no budget step, as the test harness evaluates), for "why" and new test cases. */
export async function evaluateAlone(ruleSet: RuleSet, member: MemberInput, source: Parameters<typeof simulate>[2]) {
  const alone: RuleSet = { ...ruleSet };
  delete alone.budget;
  const result = await simulate(alone, [member], source, { mode: 'simulate', trace: true });
  return result.ok ? result.simulation.outcomes[0]! : null;
}
