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
  /** A village's scheme status for the year; undefined until it has been read (the tag waits instead of guessing). */
  status?: string;
  children?: AreaTreeNode[];
}

/** A node of Element Plus's tree as the filter sees it: its data and the node above it. */
export interface TreeNodeLike {
  data: unknown;
  parent?: TreeNodeLike | null;
}

const isAreaNode = (d: unknown): d is AreaTreeNode => typeof d === 'object' && d !== null && 'id' in d && 'label' in d;
/** The region's own name is not searched: every area lies in it. */
const hit = (value: string, data: AreaTreeNode) => data.level !== 'region' && (data.label.includes(value) || data.id.startsWith(value));

/** The search `value` finds the node itself or an area above it (so searching a township shows its villages). */
export function areaMatches(value: string, node: TreeNodeLike): boolean {
  if (!value) return true;
  for (let n: TreeNodeLike | null | undefined = node; n; n = n.parent) if (isAreaNode(n.data) && hit(value, n.data)) return true;
  return false;
}

/** The user's area as a tree region → county → township → village, with each village's scheme status for `year`. */
export function useAreaTree(user: Ref<User | null>, year: Ref<number>) {
  const counties = ref<CountyNode[]>([]);
  /** The statuses read for `year` (villages the server did not answer for: UNKNOWN); null before the first answer. */
  const statuses = ref<{ year: number; byCode: Record<string, string> } | null>(null);
  const loading = ref(false);
  const error = ref('');

  const visible = computed(() => {
    const u = user.value;
    if (!u) return [];
    return counties.value
      .map((c) => ({
        ...c,
        townships: c.townships
          .map((t) => ({ ...t, villages: t.villages.filter((v) => inArea(u, v.code)) }))
          .filter((t) => t.villages.length > 0),
      }))
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
          children: t.villages.map((v) => ({
            id: v.code,
            label: v.name,
            level: 'village',
            provisional: v.provisional,
            status: statuses.value?.year === year.value ? (statuses.value.byCode[v.code] ?? 'UNKNOWN') : undefined,
          })),
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
    const asked = year.value;
    const data = await queryPartial<VillageStatuses>(villageStatusesQuery(codes), { year: asked }).catch(() => ({}) as VillageStatuses);
    const byCode: Record<string, string> = {};
    for (const v of Object.values(data)) if (v) byCode[v.code] = v.scheme?.status ?? 'NONE';
    if (asked === year.value) statuses.value = { year: asked, byCode };
  }

  watch([visible, year], () => void loadStatuses());
  return { tree, loading, error, loadCounties, loadStatuses };
}
