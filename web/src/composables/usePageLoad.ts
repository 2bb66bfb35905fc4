import { onMounted, ref } from 'vue';

/**
 * A page's data: `fetch` runs when the page opens and again on `load` (after a change); the server's Chinese
 * message stays shown until a load succeeds; `loading` until the first load ends (later loads keep the view).
 */
export function usePageLoad(fetch: () => Promise<void>) {
  const error = ref('');
  const loading = ref(true);
  async function load(): Promise<void> {
    try {
      await fetch();
      error.value = '';
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      loading.value = false;
    }
  }
  onMounted(load);
  return { error, loading, load };
}
