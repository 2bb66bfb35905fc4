import { Field, Int, ObjectType } from 'type-graphql';
import { DepartmentEnum, ReceiptKindEnum, ReceiptOutcomeEnum } from '../scheme/scheme.enums.js';
import type { Department } from '../../reference/user/department.js';
import type { FilingReceipt, ReceiptKind, ReceiptOutcome } from './filingReceipt.entity.js';

/** A department's answer to a submission or a suspension. */
@ObjectType('FilingReceipt', { description: 'A department’s receipt (回执) of a filing or a suspension' })
export class FilingReceiptType {
  @Field(() => DepartmentEnum, { description: 'The receiving department' })
  department!: Department;

  @Field(() => String, { description: '经办人用户名' })
  user!: string;

  @Field(() => Date, { description: 'When it answered' })
  at!: Date;

  @Field(() => ReceiptKindEnum, { description: 'What it answered: a filing or a suspension' })
  kind!: ReceiptKind;

  @Field(() => ReceiptOutcomeEnum, { description: 'Acknowledged or returned' })
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
