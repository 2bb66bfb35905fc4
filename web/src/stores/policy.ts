import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { NINGXIA_POLICY_YEARS, policySource, type PolicySource, type PolicyYear } from '@cunce/rules';
import { query } from '../graphql/client';
import { POLICY_YEAR, POLICY_YEAR_LIST } from '../graphql/policy';

/**
 * The region figures by year that validation and preview use in the browser: the server's `policyYear`
 * when it answers, the shipped Ningxia figures until then (or when it cannot be reached).
 */
export const usePolicyStore = defineStore('policy', () => {
  const years = ref<Record<number, PolicyYear>>(Object.fromEntries(NINGXIA_POLICY_YEARS.map((y) => [y.year, y])));
  const fromServer = ref<Set<number>>(new Set());
  const source = computed<PolicySource>(() => policySource(Object.values(years.value)));

  /** The year's figures asked once: callers at the same time share the one request. */
  const asking = new Map<number, Promise<void>>();
  function load(year: number): Promise<void> {
    if (fromServer.value.has(year)) return Promise.resolve();
    let pending = asking.get(year);
    if (!pending) {
      pending = ask(year).finally(() => asking.delete(year));
      asking.set(year, pending);
    }
    return pending;
  }
  async function ask(year: number): Promise<void> {
    try {
      const { policyYear } = await query(POLICY_YEAR, { year });
      if (!policyYear) return;
      years.value = { ...years.value, [year]: policyYear };
      fromServer.value = new Set([...fromServer.value, year]);
    } catch {
      // Offline or no server: the shipped figures stay.
    }
  }

  /** After the administrator changed a year: the next `load` asks the server again. */
  function forget(year: number): void {
    fromServer.value = new Set([...fromServer.value].filter((y) => y !== year));
    listed = null; // a year may have been added
    void loadYearList();
  }

  /** The years offered by the year pickers: the server's policy years once asked (the shipped ones until then). */
  const yearList = ref<number[]>(NINGXIA_POLICY_YEARS.map((y) => y.year));
  let listed: Promise<void> | null = null;
  function loadYearList(): Promise<void> {
    listed ??= query(POLICY_YEAR_LIST, {})
      .then(({ policyYears }) => {
        if (policyYears.length) yearList.value = policyYears.map((y) => y.year).sort((a, b) => a - b);
      })
      .catch(() => {
        listed = null; // asked again next time
      });
    return listed;
  }

  const get = (year: number): PolicyYear | undefined => years.value[year];
  return { years, source, load, get, forget, yearList, loadYearList };
});
