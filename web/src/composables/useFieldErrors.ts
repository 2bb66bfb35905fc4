import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { GqlError } from '../graphql/client';

/** A refusal as a form shows it: the Chinese message, and the input field it names (`extensions.field`), if any. */
export interface Refusal {
  message: string;
  field: string | null;
}

/** What a thrown error says to a form. */
export function refusalOf(e: unknown): Refusal {
  const field = e instanceof GqlError && typeof e.extensions.field === 'string' ? e.extensions.field : null;
  return { message: e instanceof Error ? e.message : String(e), field };
}

/** What a form field needs of `useFieldErrors` (FormField.vue). */
export interface FieldErrorsView {
  error(field: string): string;
  touch(field: string): void;
}

/**
 * One form's errors, said where the user looks (issue 14 item 12): a field's own problem (`check`) shows at that
 * field once the field has been left or a submit tried, never before anything is typed; a refusal naming a field
 * (`extensions.field`, translated by `serverFields` where the form calls it otherwise) shows at that field until
 * its value changes; any other refusal is `general`, said once above the buttons.
 */
export function useFieldErrors<F extends object>(
  form: F,
  check: () => Partial<Record<string, string>>,
  options: { refusal?: () => Refusal | null; serverFields?: Record<string, keyof F & string> } = {},
) {
  type K = keyof F & string;
  const touched = reactive(new Set<string>());
  const tried = ref(false);
  const refused = shallowRef<{ field: K | null; message: string; value: string } | null>(null);
  const problems = computed(check);
  const valueOf = (field: K) => JSON.stringify(form[field]);

  /** Takes a refusal of the server (null: none any more). */
  function refuse(r: Refusal | null): void {
    if (!r) return void (refused.value = null);
    const named = r.field === null ? null : (options.serverFields?.[r.field] ?? (r.field in form ? (r.field as K) : null));
    refused.value = { field: named, message: r.message, value: named === null ? '' : valueOf(named) };
  }
  if (options.refusal) watch(options.refusal, refuse, { immediate: true });

  function error(field: string): string {
    const r = refused.value;
    if (r && r.field === field && valueOf(field as K) === r.value) return r.message;
    return tried.value || touched.has(field) ? (problems.value[field] ?? '') : '';
  }
  const general = computed(() => (refused.value && refused.value.field === null ? refused.value.message : ''));
  /** A submit was tried: every problem now shows at its field. True when there is none. */
  function attempt(): boolean {
    tried.value = true;
    return Object.values(problems.value).every((p) => !p);
  }
  /** The form was opened afresh: nothing shown until it is used. */
  function reset(): void {
    touched.clear();
    tried.value = false;
    refused.value = null;
  }
  return { error, general, attempt, reset, refuse, touch: (field: string) => void touched.add(field) };
}
