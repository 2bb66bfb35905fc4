import { computed, ref, shallowRef, watch } from 'vue';
import type { RuleSet } from '@cunce/rules';
import { clone } from '../model/clone';

interface StoredDraft {
  baseVersion: number;
  doc: RuleSet;
  savedAt: string;
}

/**
 * The rule set being edited for a village and year, never lost: every change is kept in localStorage (per
 * village and year) until it is saved, and restored when the page is opened again. `baseVersion` is the
 * saved version the edits started from (0: none), sent as `expectedVersion` so a stale save is a conflict.
 */
export function useRuleSetDraft(village: () => string, year: () => number) {
  const doc = ref<RuleSet | null>(null);
  const baseVersion = ref(0);
  const baseJson = shallowRef<string | null>(null);
  const restored = ref<string | null>(null);
  const key = computed(() => `cunce.draft.${village()}.${year()}`);
  const json = computed(() => (doc.value ? JSON.stringify(doc.value) : null));
  const dirty = computed(() => json.value !== null && json.value !== baseJson.value);

  function stored(): StoredDraft | null {
    try {
      const raw = localStorage.getItem(key.value);
      return raw ? (JSON.parse(raw) as StoredDraft) : null;
    } catch {
      return null;
    }
  }

  /** Starts from the latest saved version, or from the kept draft when there is one that differs. */
  function load(latest: { version: number; ruleSet: RuleSet } | null): void {
    baseVersion.value = latest?.version ?? 0;
    baseJson.value = latest ? JSON.stringify(latest.ruleSet) : null;
    const draft = stored();
    if (draft && JSON.stringify(draft.doc) !== baseJson.value) {
      doc.value = draft.doc;
      baseVersion.value = draft.baseVersion;
      restored.value = draft.savedAt;
    } else {
      doc.value = latest ? clone(latest.ruleSet) : null;
      restored.value = null;
      if (draft) localStorage.removeItem(key.value);
    }
  }

  /** Replaces the document (a template, last year's standard, their version after a conflict). */
  function replace(next: RuleSet): void {
    doc.value = clone(next);
  }

  /** After a successful save: that version is now the base; the kept draft is dropped. */
  function markSaved(version: number, saved: RuleSet): void {
    baseVersion.value = version;
    baseJson.value = JSON.stringify(saved);
    restored.value = null;
    localStorage.removeItem(key.value);
  }

  /** Drops the local changes: back to the given saved version (or nothing). */
  function discard(latest: { version: number; ruleSet: RuleSet } | null): void {
    localStorage.removeItem(key.value);
    load(latest);
  }

  /** Keeps my changes over a newer saved version: the next save goes on top of it. */
  function rebase(version: number): void {
    baseVersion.value = version;
  }

  watch(json, (text) => {
    if (text === null) return;
    if (text === baseJson.value) localStorage.removeItem(key.value);
    else
      localStorage.setItem(
        key.value,
        JSON.stringify({ baseVersion: baseVersion.value, doc: JSON.parse(text), savedAt: new Date().toISOString() }),
      );
  });
  watch(baseVersion, () => {
    if (dirty.value && json.value)
      localStorage.setItem(
        key.value,
        JSON.stringify({ baseVersion: baseVersion.value, doc: JSON.parse(json.value), savedAt: new Date().toISOString() }),
      );
  });

  return { doc, baseVersion, dirty, restored, json, load, replace, markSaved, discard, rebase };
}
