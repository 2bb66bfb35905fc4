import { computed, ref, watch, type Ref } from 'vue';
import { COUNTIES, villageStatusesQuery, type CountyNode, type VillageStatuses } from '../graphql/divisions';
import { query, queryPartial } from '../graphql/client';
import { inArea } from '../model/access';
import type { User } from '../graphql/auth';

export interface AreaTreeNode {
  id: string;
  label: string;
  level: 'region' | 'county' | 'township' | 'village';
  provisional?: boolean;
  status?: string;
  children?: AreaTreeNode[];
}

/** The user's area as a tree region → county → township → village, with each village's scheme status for `year`. */
export function useAreaTree(user: Ref<User | null>, year: Ref<number>) {
  const counties = ref<CountyNode[]>([]);
  const statuses = ref<Record<string, string>>({});
  const loading = ref(false);
  const error = ref('');

  const visible = computed(() => {
    const u = user.value;
    if (!u) return [];
    return counties.value
      .map((c) => ({ ...c, townships: c.townships.map((t) => ({ ...t, villages: t.villages.filter((v) => inArea(u, v.code)) })).filter((t) => t.villages.length > 0) }))
      .filter((c) => c.townships.length > 0);
  });

  const tree = computed<AreaTreeNode[]>(() => [
    {
      id: 'region',
      label: '宁夏回族自治区',
      level: 'region',
      children: visible.value.map((c) => ({
        id: c.code,
        label: c.name,
        level: 'county',
        children: c.townships.map((t) => ({
          id: t.code,
          label: t.name,
          level: 'township',
          children: t.villages.map((v) => ({ id: v.code, label: v.name, level: 'village', provisional: v.provisional, status: statuses.value[v.code] ?? 'NONE' })),
        })),
      })),
    },
  ]);

  async function loadCounties(): Promise<void> {
    loading.value = true;
    error.value = '';
    try {
      counties.value = (await query(COUNTIES)).counties;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      loading.value = false;
    }
  }

  async function loadStatuses(): Promise<void> {
    const codes = visible.value.flatMap((c) => c.townships.flatMap((t) => t.villages.map((v) => v.code)));
    if (codes.length === 0) return;
    const data = await queryPartial<VillageStatuses>(villageStatusesQuery(codes), { year: year.value }).catch(() => ({}) as VillageStatuses);
    const next: Record<string, string> = {};
    for (const v of Object.values(data)) if (v) next[v.code] = v.scheme?.status ?? 'NONE';
    statuses.value = next;
  }

  watch([visible, year], () => void loadStatuses());
  return { tree, loading, error, loadCounties, loadStatuses };
}
