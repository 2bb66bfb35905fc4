import { Arg, Ctx, Extensions, Info, Query, Resolver, UseMiddleware } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../reference/context.js';
import { BadRows, InvalidRuleSet } from '../../../errors.js';
import { assertMemberCount, assertRuleSetSize } from '../../../limits/limits.js';
import { MemberInput } from '../roster/member.input.js';
import { selects } from './selects.js';
import { checkRuleSet, evaluateSimulation } from './simulate.pool.js';
import { simulateCost, validateCost } from './simulation.cost.js';
import { takeTurns } from './simulate.turns.js';
import { SimulationType } from './simulation.types.js';
import { ValidationType } from './validation.types.js';

/**
 * The public queries: nothing stored is read except the policy years, so no login is needed. Their cost
 * (simulation.cost.ts) is checked against the caller's budget before they run.
 */
@Resolver()
export class SimulationResolver {
  @Query(() => ValidationType, { description: '校验补助标准文档；无需登录' })
  @Extensions(validateCost)
  async validateRuleSet(
    @Ctx() ctx: Context,
    @Arg('ruleSet', () => GraphQLJSON, { description: 'A rule set (补助标准) in the format of RULESET.md' }) ruleSet: unknown,
  ): Promise<ValidationType> {
    assertRuleSetSize(ruleSet);
    return ValidationType.from(await checkRuleSet(ruleSet, await ctx.policies()));
  }

  @Query(() => SimulationType, { description: '按补助标准试算一组成员；无需登录，不保存任何数据' })
  @Extensions(simulateCost)
  @UseMiddleware(takeTurns)
  async simulate(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('ruleSet', () => GraphQLJSON, { description: 'A rule set (补助标准) in the format of RULESET.md; it must validate' })
    ruleSet: unknown,
    @Arg('members', () => [MemberInput], { description: 'Members to evaluate, in the order the outcomes are returned (at most 10,000)' })
    members: MemberInput[],
  ): Promise<SimulationType> {
    assertRuleSetSize(ruleSet);
    assertMemberCount(members.length);
    const trace = selects(info, ['outcomes', 'trace']);
    const result = await evaluateSimulation({ ruleSet, members, trace }, await ctx.policies());
    if (!result.ok) {
      if (result.validation) throw new InvalidRuleSet(result.validation.errors);
      throw new BadRows(result.rows);
    }
    return Object.assign(new SimulationType(), result.simulation);
  }
}
