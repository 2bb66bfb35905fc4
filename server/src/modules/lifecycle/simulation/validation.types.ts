import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import type { Issue, RowIssue, Validation } from '@cunce/rules';
import { issues } from './simulation.cost.js';

@ObjectType('Issue', { simpleResolvers: true })
export class IssueType {
  @Field(() => String, { description: 'JSON Pointer，如 /sections/0/rules/1/amount' })
  path!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('Validation')
export class ValidationType {
  @Field(() => Boolean)
  valid!: boolean;

  @Field(() => [IssueType])
  @Extensions(issues)
  errors!: Issue[];

  @Field(() => [IssueType])
  @Extensions(issues)
  warnings!: Issue[];

  static from(validation: Validation): ValidationType {
    return Object.assign(new ValidationType(), validation);
  }
}

@ObjectType('RowIssue', { simpleResolvers: true })
export class RowIssueType implements RowIssue {
  @Field(() => Int, { description: '在所提交列表中的位置（从0起）' })
  index!: number;

  @Field(() => String)
  idNumber!: string;

  @Field(() => String)
  field!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;
}
