import { computed, ref, watch } from 'vue';
import { ElMessageBox } from 'element-plus';
import type { MemberInput, Outcome, RuleSet } from '@cunce/rules';
import { useRuleSetDraft } from './useRuleSetDraft';
import { useValidation } from './useValidation';
import { useSaveRuleSet } from './useSaveRuleSet';
import { useVillageScheme } from './useVillageScheme';
import { createIssueBoard, provideIssueBoard } from './useIssueBoard';
import { createEditorContext, provideEditorContext } from './useEditorContext';
import { usePolicyStore } from '../stores/policy';
import { query } from '../graphql/client';
import { VILLAGE_SCHEME } from '../graphql/scheme';
import { TEMPLATES, emptyRuleSet, fromLastYear, fromTemplate, type TemplateKey } from '../model/templates';
import { sampleRoster } from '../model/sampleRoster';
import { testCaseFrom } from '../model/testCase';

/** Everything the village page needs for one village and year: the server's scheme, the draft, validation, saving. */
export function useSchemeEditor(code: () => string, year: () => number) {
  const policy = usePolicyStore();
  const server = useVillageScheme(code, year);
  const draft = useRuleSetDraft(code, year);
  const validation = useValidation(draft.json);
  const saver = useSaveRuleSet(code, year, draft, server.load);
  provideIssueBoard(createIssueBoard(validation));
  provideEditorContext(
    createEditorContext(
      () => draft.doc.value,
      () => policy.get(year()),
    ),
  );

  const sample = computed<MemberInput[]>(() => sampleRoster(code(), year(), policy.get(year())));
  const latest = computed(() => {
    const v = server.village.value?.scheme?.currentVersion;
    return v ? { version: v.version, ruleSet: v.ruleSet } : null;
  });

  /** True once the village and its draft are loaded for the current village and year. */
  const opened = ref(false);
  async function open(): Promise<void> {
    opened.value = false;
    // The region figures and the village at the same time: until the figures come, the shipped ones stand in. The
    // draft opens with the village, so that the page renders once with the standard rather than twice.
    const [village] = await Promise.all([server.loadOpening(() => draft.load(latest.value)), policy.load(year()), policy.load(year() - 1)]);
    opened.value = village !== null;
    void server.loadRoster();
  }
  watch([code, year], () => void open(), { immediate: true });

  async function lastYearStandard(): Promise<RuleSet | null> {
    const data = await query(VILLAGE_SCHEME, { code: code(), year: year() - 1 }).catch(() => null);
    return data?.village?.scheme?.currentVersion?.ruleSet ?? null;
  }

  const name = () => server.village.value?.name ?? '';
  function startFrom(key: TemplateKey | 'BLANK'): void {
    const t = TEMPLATES.find((x) => x.key === key);
    draft.replace(t ? fromTemplate(t, code(), year(), policy.get(year()), name()) : emptyRuleSet(code(), year(), name()));
  }
  async function startFromLastYear(): Promise<void> {
    const previous = await lastYearStandard();
    if (previous) draft.replace(fromLastYear(previous, year()));
  }

  async function save(): Promise<void> {
    if (server.village.value?.scheme?.status === 'FILED') {
      const ok = await ElMessageBox.confirm(
        '本标准已备案。保存后将作为修订版本，需重新决议和备案；备案完成前，已备案的版本继续执行。',
        '修订已备案的标准',
        {
          confirmButtonText: '保存为修订版本',
          cancelButtonText: '取消',
          type: 'warning',
        },
      ).catch(() => false);
      if (!ok) return;
    }
    await saver.save();
  }

  function discard(): void {
    draft.discard(latest.value);
  }

  function addTest(member: MemberInput, outcome: Outcome): void {
    const doc = draft.doc.value;
    if (!doc) return;
    (doc.tests ??= []).push(
      testCaseFrom(
        member,
        outcome,
        doc.tests.map((t) => t.name),
      ),
    );
  }

  return {
    server,
    draft,
    validation,
    saver,
    sample,
    latest,
    opened,
    open,
    startFrom,
    startFromLastYear,
    lastYearStandard,
    save,
    discard,
    addTest,
  };
}
