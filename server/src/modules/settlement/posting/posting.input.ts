import { Field, InputType, registerEnumType } from 'type-graphql';
import { TextField } from '../../../graphql/caps.js';
import { MAX_REASON_LENGTH } from './posting.check.js';
import { POSTING_STATUSES, type PostingStatus } from '../../lifecycle/settlementRecord/posting.entity.js';

export const PostingStatusEnum = Object.fromEntries(POSTING_STATUSES.map((s) => [s, s])) as Record<PostingStatus, PostingStatus>;
registerEnumType(PostingStatusEnum, {
  name: 'PostingStatus',
  description: '经办机构的入账结果：已入账、已退回',
  valuesConfig: {
    POSTED: { description: 'Posted to the personal account (已入账)' },
    REJECTED: { description: 'Returned by the agency with a reason (已退回)' },
  },
});

/** One member's posting result as the agency sends it. */
@InputType('PostingInput', { description: 'The agency’s result for one member' })
export class PostingInput {
  @TextField(32, '身份证号', { description: '身份证号（18位，须在该结算中）' })
  idNumber!: string;

  @Field(() => PostingStatusEnum, { description: 'Posted or rejected' })
  status!: PostingStatus;

  @TextField(MAX_REASON_LENGTH, '退回原因', { nullable: true, description: '退回原因：退回时必填，入账时不填' })
  reason?: string | null;
}
