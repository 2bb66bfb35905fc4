import { ref, shallowRef, watch } from 'vue';
import { GqlError, query } from '../graphql/client';
import { PROJECTION, type ProjectionData } from '../graphql/projection';
import { assumptionsInput, type AssumptionOverrides, type ProjectionForm } from '../model/projectionForm';

/** The form field a problem of the projection's input is about (its JSON pointer), or null for the assumptions. */
export function projectionField(path: string): keyof ProjectionForm | null {
  const m = /^\/member\/(?:credit\/)?(\w+?)(?:Fen)?$/.exec(path);
  const field = m?.[1] as keyof ProjectionForm | undefined;
  return field && field !== 'year' ? field : null;
}

/**
 * The server's projection for the form and assumptions, asked again a moment after each change. A problem of a
 * member's figure is kept for its field (`fieldProblems`), the others in `problems`.
 */
export function useProjection(form: ProjectionForm, overrides: AssumptionOverrides, delay = 300) {
  const result = shallowRef<ProjectionData | null>(null);
  const problems = ref<string[]>([]);
  const fieldProblems = ref<Partial<Record<keyof ProjectionForm, string>>>({});
  const loading = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  async function run(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    try {
      const data = await query(PROJECTION, { member: { ...form }, assumptions: assumptionsInput(overrides, form) });
      if (mine !== generation) return;
      result.value = data.projection;
      problems.value = [];
      fieldProblems.value = {};
    } catch (e) {
      if (mine !== generation) return;
      const issues =
        e instanceof GqlError && Array.isArray(e.extensions.errors) ? (e.extensions.errors as { path: string; message: string }[]) : [];
      const atField = issues.filter((i) => projectionField(i.path));
      fieldProblems.value = Object.fromEntries(atField.map((i) => [projectionField(i.path), i.message]));
      const rest = issues.filter((i) => !projectionField(i.path)).map((i) => i.message);
      problems.value = issues.length ? rest : [e instanceof Error ? e.message : String(e)];
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  watch(
    [() => ({ ...form }), () => ({ ...overrides })],
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), delay);
    },
    { immediate: true },
  );

  return { result, problems, fieldProblems, loading, run };
}
