import { ref, shallowRef } from 'vue';
import type { Connection } from '../graphql/paging';

/**
 * A table's rows read page by page from a connection: `reload` reads the first page again, `more` the next one
 * after those shown ("加载更多"). A failure shows the server's Chinese message in `error`, never an empty table.
 */
export function usePagedList<T>(fetch: (first: number, after: string | null) => Promise<Connection<T>>, pageSize = 100) {
  const items = shallowRef<T[]>([]);
  const total = ref(0);
  const cursor = ref<string | null>(null);
  const hasMore = ref(false);
  const loading = ref(false);
  const error = ref('');
  let asked = 0;

  async function read(after: string | null): Promise<void> {
    const mine = ++asked;
    loading.value = true;
    try {
      const page = await fetch(pageSize, after);
      if (mine !== asked) return;
      items.value = after === null ? page.nodes : [...items.value, ...page.nodes];
      total.value = page.totalCount;
      cursor.value = page.pageInfo.endCursor;
      hasMore.value = page.pageInfo.hasNextPage;
      error.value = '';
    } catch (e) {
      if (mine === asked) error.value = e instanceof Error ? e.message : String(e);
    } finally {
      if (mine === asked) loading.value = false;
    }
  }
  const reload = () => read(null);
  const more = () => read(cursor.value);
  return { items, total, hasMore, loading, error, reload, more };
}
