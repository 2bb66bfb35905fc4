import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecisionStepEnum } from '../scheme/scheme.enums.js';
import { AttendanceType, VotesType } from './decision.input.js';
import type { DecisionStepName } from '@cunce/rules';
import type { DecisionStep } from './decisionStep.entity.js';

/** A recorded step of 四议两公开 (the enum `DecisionStep` names the step). */
@ObjectType('DecisionStepRecord', { description: 'A recorded decision step (四议两公开) of the version in progress' })
export class DecisionStepType {
  @Field(() => ID, { description: 'Record id' })
  id!: string;

  @Field(() => DecisionStepEnum, { description: 'Which step' })
  step!: DecisionStepName;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => String, { description: 'Free note of the cadre', nullable: true })
  note!: string | null;

  @Field(() => AttendanceType, { description: 'Attendance of the meeting (the two meetings only)', nullable: true })
  attendance!: AttendanceType | null;

  @Field(() => VotesType, { description: 'Votes of the meeting (the two meetings only)', nullable: true })
  votes!: VotesType | null;

  @Field(() => Int, { description: '所属版本号' })
  version!: number;

  @Field(() => String, { description: '记录人用户名' })
  recordedBy!: string;

  @Field(() => Date, { description: 'When it was recorded' })
  recordedAt!: Date;

  @Field(() => ID, { nullable: true, description: '实施结果公开所公开的（已确认的）结算；其公示名单见 resultNotice(settlementId)' })
  settlementId!: string | null;

  static from(s: DecisionStep): DecisionStepType {
    const attendance =
      s.attendanceExpected !== null && s.attendancePresent !== null
        ? { expected: s.attendanceExpected, present: s.attendancePresent }
        : null;
    const votes = s.votesFor !== null ? { for: s.votesFor, against: s.votesAgainst ?? 0, abstain: s.votesAbstain ?? 0 } : null;
    return Object.assign(new DecisionStepType(), {
      id: String(s.id),
      step: s.step,
      date: s.date,
      note: s.note,
      attendance,
      votes,
      version: s.version,
      recordedBy: s.createdBy.username,
      recordedAt: s.createdAt,
      settlementId: s.settlement ? String(s.settlement.id) : null,
    });
  }
}
