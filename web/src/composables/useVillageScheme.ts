import { computed, ref, shallowRef } from 'vue';
import type { MemberInput } from '@cunce/rules';
import { query } from '../graphql/client';
import { readRoster, VILLAGE_SCHEME, type VillageData } from '../graphql/scheme';

/** A village and its scheme for a year, as the server has them, and the imported roster. */
export function useVillageScheme(code: () => string, year: () => number) {
  const village = shallowRef<VillageData | null>(null);
  const roster = shallowRef<MemberInput[]>([]);
  /** ID numbers masked for this user (API.md): birth dates are hidden, so the browser cannot evaluate the roster. */
  const rosterMasked = computed(() => roster.value.some((m) => m.idNumber.includes('*')));
  const usableRoster = computed(() => (rosterMasked.value ? [] : roster.value));
  /** The roster is the generated sample imported for practice (演示数据, fictitious people, never settled). */
  const rosterPractice = ref(false);
  const loading = ref(false);
  const error = ref('');

  /** Reads the village; `opening` runs with it before the page renders it, so that what it sets up shows at once. */
  async function loadOpening(opening: (village: VillageData) => void): Promise<VillageData | null> {
    loading.value = true;
    error.value = '';
    try {
      village.value = (await query(VILLAGE_SCHEME, { code: code(), year: year() })).village;
      if (village.value) opening(village.value);
      else error.value = `没有找到区划代码为 ${code()} 的村`;
      return village.value;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
      return null;
    } finally {
      loading.value = false;
    }
  }

  const load = () => loadOpening(() => {});

  async function loadRoster(): Promise<void> {
    try {
      const rows = await readRoster(code(), year());
      rosterPractice.value = rows.some((m) => m.practice);
      roster.value = rows.map(cleanMember);
    } catch (e) {
      roster.value = [];
      rosterPractice.value = false;
      error.value = `花名册未能读取：${e instanceof Error ? e.message : String(e)}`;
    }
  }

  return { village, roster, rosterMasked, usableRoster, rosterPractice, loading, error, load, loadOpening, loadRoster };
}

/** A roster row as `simulate` takes it: nulls of optional fields dropped, `custom` only when given, no practice mark. */
export function cleanMember(m: MemberInput): MemberInput {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) if (v !== null && v !== undefined && k !== '__typename' && k !== 'practice') out[k] = v;
  if ('contribution' in m && m.contribution === null) out.contribution = null;
  return out as unknown as MemberInput;
}
