import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { requireUser } from '../../reference/auth/access.js';
import { currentSchemeYear } from '../../reference/policy/policy.currentYear.js';
import { TaskListType } from './todo.types.js';
import { myTasks } from './todo.service.js';

@Resolver()
export class TodoResolver {
  @Query(() => TaskListType, {
    description:
      '我的待办：村干部的下一步（附原因），乡镇和县（区）两部门待签收的备案，经办机构待受理的结算，管理员资料不全的用户；限本人辖区，最多50条',
  })
  async myTasks(@Ctx() ctx: Context): Promise<TaskListType> {
    const user = requireUser(ctx);
    return myTasks(ctx.em, user, await currentSchemeYear(ctx.em));
  }
}
