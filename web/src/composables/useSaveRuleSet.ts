import { ref, shallowRef } from 'vue';
import { ElMessage } from 'element-plus';
import type { RuleSet } from '@cunce/rules';
import { GqlError, mutate } from '../graphql/client';
import { SAVE_RULE_SET, type VersionFull, type VillageData } from '../graphql/scheme';
import { clone } from '../model/clone';
import type { useRuleSetDraft } from './useRuleSetDraft';
import { toastSuccess } from './toast';

export interface Conflict {
  theirs: VersionFull;
  mine: RuleSet;
}

/**
 * Saving with `expectedVersion`: a stale save (someone saved a newer version meanwhile) does not overwrite,
 * it opens the conflict, where the cadre reloads theirs or keeps theirs underneath and saves mine on top.
 */
export function useSaveRuleSet(
  code: () => string,
  year: () => number,
  draft: ReturnType<typeof useRuleSetDraft>,
  reload: () => Promise<VillageData | null>,
) {
  const saving = ref(false);
  const conflict = shallowRef<Conflict | null>(null);

  async function save(): Promise<boolean> {
    if (!draft.doc.value) return false;
    const doc = clone(draft.doc.value);
    saving.value = true;
    try {
      const { saveRuleSet } = await mutate(SAVE_RULE_SET, {
        villageCode: code(),
        year: year(),
        ruleSet: doc,
        expectedVersion: draft.baseVersion.value,
      });
      draft.markSaved(saveRuleSet.version, doc);
      await reload();
      toastSuccess(`已保存为第 ${saveRuleSet.version} 版`);
      return true;
    } catch (e) {
      if (e instanceof GqlError && e.code === 'CONFLICT') {
        const village = await reload();
        const theirs = village?.scheme?.currentVersion;
        if (theirs) conflict.value = { theirs, mine: doc };
        else ElMessage.error(e.message);
      } else ElMessage.error(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      saving.value = false;
    }
  }

  /** Their version replaces my edits. */
  function takeTheirs(): void {
    const c = conflict.value;
    if (!c) return;
    draft.discard({ version: c.theirs.version, ruleSet: c.theirs.ruleSet });
    conflict.value = null;
  }

  /** My edits are saved as a new version on top of theirs (theirs stays in the history). */
  async function keepMine(): Promise<void> {
    const c = conflict.value;
    if (!c) return;
    conflict.value = null;
    draft.rebase(c.theirs.version);
    await save();
  }

  return { saving, conflict, save, takeTheirs, keepMine };
}
