/**
 * Cursor connections (issue 13 item 3): `XConnection { nodes pageInfo { hasNextPage endCursor } totalCount }` for
 * a list that can grow, paged with `first`/`after` (PageArgs). The cost model counts `first` items per page:
 * the connection field hands its `first` to `nodes` (PAGE_COST).
 */
import { Extensions, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { costRule } from '../limits/costRule.js';
import { DEFAULT_PAGE, MAX_PAGE } from './pageArgs.js';
import { PageInfoType } from './pageInfo.type.js';

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfoType;
  totalCount: number;
}

const pageSize = (first: unknown) => Math.min(Number.isSafeInteger(first) ? (first as number) : DEFAULT_PAGE, MAX_PAGE);

/** The cost rule of a connection field: its `nodes` count `first` items. */
export const PAGE_COST = costRule({ scope: (args, scope) => ({ ...scope, first: pageSize(args.first) }) });

/** The connection type of `Item`, named `${name}Connection`. */
export function connectionOf<T extends object>(Item: ClassType<T>, name: string): ClassType<Page<T>> {
  @ObjectType(`${name}Connection`, { description: `分页的${name}列表` })
  class Connection implements Page<T> {
    @Field(() => [Item], { description: '本页的条目' })
    @Extensions(costRule({ items: (_args, scope) => scope.first ?? DEFAULT_PAGE }))
    nodes!: T[];

    @Field(() => PageInfoType, { description: 'Whether more pages follow, and the cursor to pass as `after` for the next one' })
    pageInfo!: PageInfoType;

    @Field(() => Int, { description: '符合条件的条目总数' })
    totalCount!: number;
  }
  return Connection;
}

/** The page of a list the user has nothing in. */
export function emptyPage<T>(): Page<T> {
  return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}

/** A page of already mapped nodes. */
export function pageOf<T, R>(page: Page<R>, map: (row: R) => T): Page<T> {
  return { nodes: page.nodes.map(map), pageInfo: page.pageInfo, totalCount: page.totalCount };
}
