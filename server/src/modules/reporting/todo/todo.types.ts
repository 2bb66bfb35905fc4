import { Field, Int, ObjectType } from 'type-graphql';

/** One thing a user has to do (or, `waiting`, is waiting for), in words, with the village page it is done on. */
@ObjectType('Task', { description: 'One item of a to-do list (待办): what awaits the user, where, and why' })
export class TaskType {
  @Field(() => String, { description: '要做的事' })
  title!: string;

  @Field(() => String, { description: '为什么要做（或在等什么）' })
  reason!: string;

  @Field(() => String, { nullable: true, description: '所在村的区划代码；无村时为空（如用户资料）' })
  villageCode!: string | null;

  @Field(() => String, { nullable: true, description: '所在村的名称' })
  villageName!: string | null;

  @Field(() => Int, { nullable: true, description: '补助年度' })
  year!: number | null;

  @Field(() => String, { description: '去办理的页面：补助标准、决议与备案、结算或用户管理' })
  place!: string;

  @Field(() => Boolean, { description: '是在等别人（不计入待办数）' })
  waiting!: boolean;
}

@ObjectType('TaskList', { description: 'The user’s to-do list (待办) and its counts' })
export class TaskListType {
  @Field(() => Int, { description: '待办总数（不含等待别人办理的），可能多于列出的条数' })
  total!: number;

  @Field(() => [TaskType], { description: '待办，最多50条，最早的在前' })
  items!: TaskType[];
}

export type Task = TaskType;
export const task = (t: Omit<TaskType, 'waiting'> & { waiting?: boolean }): TaskType =>
  Object.assign(new TaskType(), { waiting: false, ...t });
