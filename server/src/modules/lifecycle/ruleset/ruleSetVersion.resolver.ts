import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { validateRuleSet } from '@cunce/rules';
import type { Context } from '../../reference/context.js';
import { ValidationType } from '../simulation/validation.types.js';
import { RuleSetVersionType } from './ruleSetVersion.types.js';

@Resolver(() => RuleSetVersionType)
export class RuleSetVersionResolver {
  @FieldResolver(() => ValidationType, { description: '按当前的自治区政策校验此版本；无效的版本可以保存，但不能报送' })
  async validation(@Ctx() ctx: Context, @Root() version: RuleSetVersionType): Promise<ValidationType> {
    return ValidationType.from(validateRuleSet(version.entity.ruleSet, await ctx.policies()));
  }
}
