import { Field, Int, ObjectType } from 'type-graphql';
import { DepartmentEnum, ReceiptKindEnum, ReceiptOutcomeEnum } from '../scheme/scheme.enums.js';
import type { Department } from '../../reference/user/department.js';
import type { FilingReceipt, ReceiptKind, ReceiptOutcome } from './filingReceipt.entity.js';

/** A department's answer to a submission or a suspension. */
@ObjectType('FilingReceipt')
export class FilingReceiptType {
  @Field(() => DepartmentEnum)
  department!: Department;

  @Field(() => String, { description: '经办人用户名' })
  user!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => ReceiptKindEnum)
  kind!: ReceiptKind;

  @Field(() => ReceiptOutcomeEnum)
  outcome!: ReceiptOutcome;

  @Field(() => String, { nullable: true, description: '退回理由' })
  reason!: string | null;

  @Field(() => Int, { description: '所答复的版本号' })
  version!: number;

  static from(r: FilingReceipt): FilingReceiptType {
    return Object.assign(new FilingReceiptType(), {
      department: r.department,
      user: r.user.username,
      at: r.at,
      kind: r.kind,
      outcome: r.outcome,
      reason: r.reason,
      version: r.version,
    });
  }
}
