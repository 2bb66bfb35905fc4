import { Field, ObjectType } from 'type-graphql';

/** Where a page of a connection stands (the Relay connection's PageInfo, forward paging only). */
@ObjectType('PageInfo', { description: '分页信息：还有下一页时，以 endCursor 作为 after 取下一页' })
export class PageInfoType {
  @Field(() => Boolean, { description: '其后还有条目' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: '本页最后一条的游标；本页为空时为空' })
  endCursor!: string | null;
}
