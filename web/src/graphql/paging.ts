/** Cursor connections of the API (`first`/`after`, `pageInfo`, `totalCount`; at most 500 a page). */

export const PAGE_FIELDS = 'pageInfo { hasNextPage endCursor } totalCount';
/** The server's hard maximum of one page. */
export const MAX_PAGE = 500;

export interface Connection<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Every node of a connection, MAX_PAGE a request (a working copy the editor needs whole: the roster). */
export async function allPages<T>(fetch: (first: number, after: string | null) => Promise<Connection<T>>): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Connection<T> = await fetch(MAX_PAGE, after);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}
