import { ref, shallowRef, watch } from 'vue';
import { GqlError, query } from '../graphql/client';
import { PROJECTION, type ProjectionData } from '../graphql/projection';
import { assumptionsInput, type AssumptionOverrides, type ProjectionForm } from '../model/projectionForm';

/** The server's projection for the form and assumptions, asked again a moment after each change. */
export function useProjection(form: ProjectionForm, overrides: AssumptionOverrides, delay = 300) {
  const result = shallowRef<ProjectionData | null>(null);
  const problems = ref<string[]>([]);
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
    } catch (e) {
      if (mine !== generation) return;
      const issues = e instanceof GqlError && Array.isArray(e.extensions.errors) ? (e.extensions.errors as { message: string }[]) : [];
      problems.value = issues.length ? issues.map((i) => i.message) : [e instanceof Error ? e.message : String(e)];
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

  return { result, problems, loading, run };
}
