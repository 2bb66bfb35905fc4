import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { requireRole } from '../auth/access.js';
import { isFrozen } from './policy.freeze.js';
import { savePolicyYear } from './policy.service.js';
import { loadPolicyYears } from './policy.source.js';
import { PolicyYearInput, PolicyYearType } from './policy.types.js';

@Resolver()
export class PolicyResolver {
  @Query(() => PolicyYearType, { nullable: true, description: '某年度的自治区政策参数；无需登录' })
  async policyYear(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'Policy year (政策年度), e.g. 2025' }) year: number,
  ): Promise<PolicyYearType | null> {
    const policy = (await ctx.policies())(year);
    return policy ? PolicyYearType.from(policy, await isFrozen(ctx.em, year)) : null;
  }

  @Query(() => [PolicyYearType], { description: '全部年度的政策参数；无需登录' })
  async policyYears(@Ctx() ctx: Context): Promise<PolicyYearType[]> {
    const years = await loadPolicyYears(ctx.em);
    return Promise.all(years.map(async (p) => PolicyYearType.from(p, await isFrozen(ctx.em, p.year))));
  }

  @Mutation(() => PolicyYearType, { description: '新增或修改某年度政策参数（自治区管理员）；已有确认结算的年度不可改' })
  async savePolicyYear(
    @Ctx() ctx: Context,
    @Arg('input', () => PolicyYearInput, { description: 'The year’s tiers and rules' }) input: PolicyYearInput,
  ): Promise<PolicyYearType> {
    const admin = requireRole(ctx, []);
    return PolicyYearType.from(await savePolicyYear(ctx.em, admin, input), false);
  }
}
