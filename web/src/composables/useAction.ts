import { ref } from 'vue';
import { ElMessage } from 'element-plus';
import { mutate } from '../graphql/client';
import { toastSuccess } from './toast';
import { readableMessage } from '../model/issueText';

/**
 * Runs a mutation for a button: busy while it runs, a Chinese success message, the server's Chinese message
 * when it refuses (the server's rules are the last word), then `after` (the page reloads the scheme).
 */
export function useAction(after: () => unknown) {
  const busy = ref<string | null>(null);
  async function run<V extends object>(name: string, doc: Parameters<typeof mutate>[0], variables: V, success: string): Promise<boolean> {
    busy.value = name;
    try {
      await mutate(doc, variables);
      toastSuccess(success);
      await after();
      return true;
    } catch (e) {
      ElMessage.error({ message: readableMessage(e instanceof Error ? e.message : String(e)), duration: 6000 });
      return false;
    } finally {
      busy.value = null;
    }
  }
  return { busy, run };
}
