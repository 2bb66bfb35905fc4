import { ArgsType, Field, Int } from 'type-graphql';
import { TextField } from './caps.js';

/** Most items of one page of any connection; more is refused (BAD_USER_INPUT naming `first`). */
export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;

/** `first`/`after` of a connection field (forward paging, as GitHub's and Shopify's APIs page). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE, description: `每页条数，1至${MAX_PAGE}` })
  first: number = DEFAULT_PAGE;

  @TextField(500, '翻页游标', { nullable: true, description: '上一页的 pageInfo.endCursor；不填为第一页' })
  after?: string | null;
}
