import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { RuleSetVersion } from './ruleSetVersion.entity.js';

/** A saved version of a scheme's rule set; `validation` and `ruleSet` are resolved in RuleSetVersionResolver. */
@ObjectType('RuleSetVersion', { description: 'One saved version of a scheme’s rule set (补助标准); versions never change' })
export class RuleSetVersionType {
  @Field(() => Int, { description: 'Version number, 1, 2, ... in the order saved' })
  version!: number;

  @Field(() => Date, { description: 'When the version was saved' })
  createdAt!: Date;

  @Field(() => String, { description: '保存人用户名' })
  createdBy!: string;

  @Field(() => GraphQLJSON, { description: '补助标准文档（RULESET.md）；测试用例中的身份证号按查看权限遮掩' })
  ruleSet!: unknown;

  entity!: RuleSetVersion;

  /** `mask` rewrites ID numbers (of test cases) for readers who may not see them whole. */
  static from(version: RuleSetVersion, mask: (value: unknown) => unknown = (v) => v): RuleSetVersionType {
    return Object.assign(new RuleSetVersionType(), {
      version: version.version,
      createdAt: version.createdAt,
      createdBy: version.createdBy.username,
      ruleSet: mask(version.ruleSet),
      entity: version,
    });
  }
}
