import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import type { Issue, RowIssue, Validation } from '@cunce/rules';
import { issues } from './simulation.cost.js';

@ObjectType('Issue', { description: 'One problem found in a rule set', simpleResolvers: true })
export class IssueType {
  @Field(() => String, { description: 'JSON Pointer，如 /sections/0/rules/1/amount' })
  path!: string;

  @Field(() => String, { description: 'Stable English code of the problem, e.g. TIER_NOT_IN_POLICY' })
  code!: string;

  @Field(() => String, { description: 'What is wrong and how to fix it, in Chinese' })
  message!: string;
}

@ObjectType('Validation', { description: 'The result of checking a rule set against RULESET.md and the region’s policy' })
export class ValidationType {
  @Field(() => Boolean, { description: 'true when there are no errors (warnings allowed)' })
  valid!: boolean;

  @Field(() => [IssueType], { description: 'Problems that stop the rule set from being saved for filing or evaluated' })
  @Extensions(issues)
  errors!: Issue[];

  @Field(() => [IssueType], { description: 'Things worth checking that do not stop it' })
  @Extensions(issues)
  warnings!: Issue[];

  static from(validation: Validation): ValidationType {
    return Object.assign(new ValidationType(), validation);
  }
}

@ObjectType('RowIssue', { description: 'A problem or warning about one member row of a roster', simpleResolvers: true })
export class RowIssueType implements RowIssue {
  @Field(() => Int, { description: '在所提交列表中的位置（从0起）' })
  index!: number;

  @Field(() => String, { description: 'ID number of the row as sent (masked where the reader may not see it)' })
  idNumber!: string;

  @Field(() => String, { description: 'The member field at fault, e.g. contribution' })
  field!: string;

  @Field(() => String, { description: 'Stable English code, e.g. DUPLICATE_ID_NUMBER' })
  code!: string;

  @Field(() => String, { description: 'What is wrong and how to fix it, in Chinese' })
  message!: string;
}
