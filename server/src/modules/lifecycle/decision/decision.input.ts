import { Field, InputType, Int, ObjectType } from 'type-graphql';

/** The counts of the two voting meetings: input (AttendanceInput, VotesInput) and output alike. */
@InputType('AttendanceInput', { description: 'Attendance of a meeting (出席情况)' })
@ObjectType('Attendance', { description: 'Attendance of a meeting (出席情况)' })
export class AttendanceType {
  @Field(() => Int, { description: '应到人数' })
  expected!: number;

  @Field(() => Int, { description: '实到人数' })
  present!: number;
}

@InputType('VotesInput', { description: 'Votes of a meeting (表决情况)' })
@ObjectType('Votes', { description: 'Votes of a meeting (表决情况)' })
export class VotesType {
  @Field(() => Int, { description: '赞成' })
  for!: number;

  @Field(() => Int, { description: '反对' })
  against!: number;

  @Field(() => Int, { description: '弃权' })
  abstain!: number;
}
