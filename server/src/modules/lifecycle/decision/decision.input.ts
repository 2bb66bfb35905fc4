import { Field, InputType, Int, ObjectType } from 'type-graphql';

/** The counts of the two voting meetings: input (AttendanceInput, VotesInput) and output alike. */
@InputType('AttendanceInput')
@ObjectType('Attendance')
export class AttendanceType {
  @Field(() => Int, { description: '应到人数' })
  expected!: number;

  @Field(() => Int, { description: '实到人数' })
  present!: number;
}

@InputType('VotesInput')
@ObjectType('Votes')
export class VotesType {
  @Field(() => Int, { description: '赞成' })
  for!: number;

  @Field(() => Int, { description: '反对' })
  against!: number;

  @Field(() => Int, { description: '弃权' })
  abstain!: number;
}
