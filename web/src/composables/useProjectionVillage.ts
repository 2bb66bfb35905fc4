import { computed, ref, shallowRef, watch } from 'vue';
import type { MemberInput, RuleSet } from '@cunce/rules';
import { query } from '../graphql/client';
import { PROJECTION_VILLAGE, type ProjectionVillage } from '../graphql/projection';
import { usePolicyStore } from '../stores/policy';
import { formFromMember, type ProjectionForm } from '../model/projectionForm';
import { cleanMember } from './useVillageScheme';
import { evaluateAlone } from './usePreview';

/**
 * The village whose member the projection is for: its roster for the year and the standard that pays (the
 * filed version unless suspended; else the version in progress, said so on the page), to fill the form from a
 * member with what the standard gives them.
 */
export function useProjectionVillage(code: () => string | null, year: () => number) {
  const policy = usePolicyStore();
  const village = shallowRef<ProjectionVillage | null>(null);
  const error = ref('');
  const roster = computed<MemberInput[]>(() => (village.value?.roster ?? []).map(cleanMember));
  const masked = computed(() => roster.value.some((m) => m.idNumber.includes('*')));

  const standard = computed<{ ruleSet: RuleSet; note: string } | null>(() => {
    const s = village.value?.scheme;
    if (!s) return null;
    if (s.filedVersion && s.status !== 'SUSPENDED')
      return { ruleSet: s.filedVersion.ruleSet, note: `按已备案的第 ${s.filedVersion.version} 版标准计算集体补助` };
    if (s.currentVersion)
      return {
        ruleSet: s.currentVersion.ruleSet,
        note: `本村标准尚未备案实施，按第 ${s.currentVersion.version} 版（未实施）计算集体补助，仅供参考`,
      };
    return null;
  });

  async function load(): Promise<void> {
    const c = code();
    village.value = null;
    error.value = '';
    if (!c) return;
    try {
      await policy.load(year());
      village.value = (await query(PROJECTION_VILLAGE, { code: c, year: year() })).village;
      if (!village.value) error.value = `没有找到区划代码为 ${c} 的村`;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    }
  }
  watch([code, year], () => void load(), { immediate: true });

  /** The form for the roster's member at `index`, with what the standard gives them this year. */
  async function formOf(index: number): Promise<ProjectionForm | null> {
    const member = roster.value[index];
    if (!member) return null;
    const outcome = standard.value ? await evaluateAlone(standard.value.ruleSet, member, policy.source) : null;
    return formFromMember(member, outcome, year(), policy.get(year()));
  }

  return { village, roster, masked, standard, error, load, formOf };
}
