import { ref, watch } from 'vue';
import { query } from '../graphql/client';
import { REJECTED_POSTINGS } from '../graphql/posting';
import { openRejections } from '../model/postings';

/**
 * How many members the agency sent back for the village and year that have not been settled again: the village
 * page shows it on the 结算 tab, so that the cadre sees there is something to fix without opening the tab.
 * Read once the village has loaded (`reloadKey` set) and again whenever it changes (the village reloaded after a
 * settlement or an import, or another village or year opened).
 */
export function useRejectedOpen(code: () => string, year: () => number, reloadKey: () => unknown) {
  const open = ref(0);
  async function load(): Promise<void> {
    try {
      open.value = openRejections((await query(REJECTED_POSTINGS, { code: code(), year: year() })).village?.rejectedPostings ?? []);
    } catch {
      open.value = 0; // the tab itself shows the error when opened
    }
  }
  watch(reloadKey, (key) => key && load(), { immediate: true });
  return open;
}
