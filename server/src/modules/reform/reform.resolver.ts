import { Arg, Ctx, Extensions, Int, Query, Resolver } from 'type-graphql';
import { draftPolicy } from './reform.draft.js';
import { audit, costRule, PolicyYearInput, requireUser, TextArg, type Context } from './reform.ports.js';
import { reformScope } from './reform.scope.js';
import { reformSimulation } from './reform.service.js';
import { ReformSimulationType } from './reform.simulation.type.js';

/**
 * Evaluating the region's 1.87 million members twice weighs as much as half the logged-in budget (two such
 * requests in one operation at most); a county's about a tenth of that.
 */
export const REGION_REFORM_POINTS = 1_500_000;
export const COUNTY_REFORM_POINTS = 150_000;

@Resolver()
export class ReformResolver {
  @Query(() => ReformSimulationType, {
    description:
      '政策调整测算：草案政策年度（不发布）下，各村执行中的补助标准按存储的花名册重新测算，与基准年度对比。只读，记入审计日志；' +
      '自治区管理员可测算全区或某县，县（区）人社、农业农村部门测算本县',
  })
  @Extensions(costRule({ weight: (args) => (args.countyCode ? COUNTY_REFORM_POINTS : REGION_REFORM_POINTS) }))
  async reformSimulation(
    @Ctx() ctx: Context,
    @Arg('draft', () => PolicyYearInput, { description: '草案政策年度：档次、政府补贴、年度（最高档即上限）' }) draft: PolicyYearInput,
    @Arg('baseYear', () => Int, { description: '对比的基准年度（已设置的政策年度）' }) baseYear: number,
    @TextArg('countyCode', 20, '县代码', { nullable: true }) countyCode: string | null,
  ): Promise<ReformSimulationType> {
    const user = requireUser(ctx);
    const scope = await reformScope(ctx.em, user, countyCode);
    const stored = await ctx.policies();
    const policy = draftPolicy(draft, baseYear, stored);
    await ctx.em.transactional(async (tx) => {
      const after = { baseYear, countyCode: scope.countyCode, draft: policy };
      audit(tx, user, 'REFORM_SIMULATION', 'PolicyYear', policy.year, null, after, { year: policy.year });
      await tx.flush();
    });
    return ReformSimulationType.from(await reformSimulation(ctx.em, scope, baseYear, policy, stored));
  }
}
