import { computed, inject, provide, reactive, type InjectionKey, type Ref } from 'vue';
import type { Validation } from '@cunce/rules';
import { anchorIssues, type AnchoredIssue } from '../model/issueAnchors';

/** The validation issues of the document being edited, each shown at its field (see model/issueAnchors.ts). */
export interface IssueBoard {
  register(path: string): void;
  unregister(path: string): void;
  at(path: string): AnchoredIssue[];
  validation: Ref<Validation>;
}

const KEY: InjectionKey<IssueBoard> = Symbol('issue-board');
/** The same empty list every time, so fields without issues do not re-render on every keystroke. */
const NONE: AnchoredIssue[] = [];

export function createIssueBoard(validation: Ref<Validation>): IssueBoard {
  const counts = reactive(new Map<string, number>());
  const anchored = computed(() => anchorIssues(validation.value.errors, validation.value.warnings, new Set(counts.keys())));
  return {
    validation,
    register: (path) => void counts.set(path, (counts.get(path) ?? 0) + 1),
    unregister: (path) => {
      const n = (counts.get(path) ?? 1) - 1;
      if (n <= 0) counts.delete(path);
      else counts.set(path, n);
    },
    at: (path) => anchored.value.get(path) ?? NONE,
  };
}

export function provideIssueBoard(board: IssueBoard): void {
  provide(KEY, board);
}

const EMPTY: IssueBoard = {
  register: () => {},
  unregister: () => {},
  at: () => NONE,
  validation: computed(() => ({ valid: true, errors: [], warnings: [] })),
};

export function useIssueBoard(): IssueBoard {
  return inject(KEY, EMPTY);
}
