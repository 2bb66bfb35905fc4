import { ref, type Ref } from 'vue';
import { ElMessage } from 'element-plus';
import { mutate } from '../graphql/client';
import { toastSuccess } from './toast';
import { readableMessage } from '../model/issueText';
import { refusalOf, type Refusal } from './useFieldErrors';

/**
 * Runs a mutation for a button: busy while it runs, a Chinese success message, the server's Chinese message
 * when it refuses (the server's rules are the last word), then `after` (the page reloads the scheme). A run from a
 * form gives `refusal`: the refusal then goes there, for the form to show at its field (useFieldErrors), not as a
 * passing message; it is cleared when the run succeeds.
 */
export function useAction(after: () => unknown) {
  const busy = ref<string | null>(null);
  async function run<V extends object>(
    name: string,
    doc: Parameters<typeof mutate>[0],
    variables: V,
    success: string,
    refusal?: Ref<Refusal | null>,
  ): Promise<boolean> {
    busy.value = name;
    try {
      await mutate(doc, variables);
      if (refusal) refusal.value = null;
      toastSuccess(success);
      await after();
      return true;
    } catch (e) {
      if (refusal) {
        refusal.value = refusalOf(e);
        return false;
      }
      ElMessage.error({ message: readableMessage(e instanceof Error ? e.message : String(e)), duration: 6000 });
      return false;
    } finally {
      busy.value = null;
    }
  }
  return { busy, run };
}
