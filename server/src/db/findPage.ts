/**
 * One page of entities by keyset (MikroORM's `em.findByCursor`): rows added before the cursor while a client pages
 * never shift the pages after it. `first` is checked against MAX_PAGE, a cursor that does not decode for this
 * ordering is refused, both as BAD_USER_INPUT naming the argument.
 */
import { Cursor, type EntityName, type FilterQuery, type FindByCursorOptions } from '@mikro-orm/core';
import { BadUserInput } from '../errors.js';
import { MAX_PAGE } from '../graphql/pageArgs.js';
import type { Page } from '../graphql/connection.js';
import type { Em } from './orm.js';

export async function findPage<T extends object>(
  em: Em,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: { orderBy: Record<string, 'asc' | 'desc'>; populate?: readonly string[]; disableIdentityMap?: boolean },
  page: { first: number; after?: string | null },
): Promise<Page<T>> {
  if (!Number.isSafeInteger(page.first) || page.first < 1 || page.first > MAX_PAGE) {
    throw new BadUserInput(`每页条数（first）应为1至${MAX_PAGE}，现为${page.first}，请改小后分页查询`, { field: 'first' });
  }
  const after = page.after || undefined;
  if (after !== undefined) checkCursor(after, Object.keys(options.orderBy).length);
  const cursor = await em.findByCursor(entity, where, { ...options, first: page.first, after } as FindByCursorOptions<T>);
  return {
    nodes: cursor.items as T[],
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    totalCount: cursor.totalCount,
  };
}

function checkCursor(after: string, keys: number): void {
  let values: unknown;
  try {
    values = Cursor.decode(after);
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || values.length !== keys) {
    throw new BadUserInput('翻页游标（after）无效：请使用上一页 pageInfo.endCursor 的值，或不填以从第一页查起', { field: 'after' });
  }
}
