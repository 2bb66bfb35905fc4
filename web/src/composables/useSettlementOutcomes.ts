import { computed, shallowRef, watch, type Ref } from 'vue';
import { readOutcomes, type SettlementData, type SettlementOutcome } from '../graphql/settlement';

/**
 * The settlement shown, with its outcomes read page by page (only this one's, not every settlement's of the year).
 * A failure shows in `error`, never as a settlement without members.
 */
export function useSettlementOutcomes(shown: Ref<Omit<SettlementData, 'outcomes'> | null>, error: Ref<string>) {
  const read = shallowRef<{ settlement: Omit<SettlementData, 'outcomes'>; outcomes: SettlementOutcome[] } | null>(null);
  let asked = 0;
  watch(
    shown,
    async (settlement) => {
      const mine = ++asked;
      if (!settlement) return void (read.value = null);
      try {
        const outcomes = await readOutcomes(settlement.id);
        if (mine === asked) read.value = { settlement, outcomes };
      } catch (e) {
        if (mine === asked) error.value = `结算结果未能读取：${e instanceof Error ? e.message : String(e)}`;
      }
    },
    { immediate: true },
  );
  /** The settlement with its outcomes once they are read (null until then). */
  return computed<SettlementData | null>(() =>
    read.value && read.value.settlement === shown.value ? { ...read.value.settlement, outcomes: read.value.outcomes } : null,
  );
}
