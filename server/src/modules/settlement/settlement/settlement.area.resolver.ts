import { Arg, Ctx, Extensions, Int, Mutation, Resolver } from 'type-graphql';
import { TextArg } from '../../../graphql/caps.js';
import { costRule } from '../../../limits/costRule.js';
import { Conflict, Forbidden, NotFound } from '../../../errors.js';
import type { Context } from '../../reference/context.js';
import { requireUser } from '../../reference/auth/access.js';
import { County } from '../../reference/division/county.entity.js';
import type { User } from '../../reference/user/user.entity.js';
import { settleArea } from './settlement.area.js';
import { AreaSettlementType } from './settlement.area.types.js';

/** Evaluating and storing a county's or the region's rosters: as heavy as a reform simulation of the same area. */
export const REGION_SETTLE_POINTS = 1_500_000;
export const COUNTY_SETTLE_POINTS = 150_000;

/** Areas being settled in this process: the same area twice at once is refused (the second would redo the first). */
const running = new Set<string>();

@Resolver()
export class AreaSettlementResolver {
  @Mutation(() => AreaSettlementType, {
    description:
      '批量结算（自治区管理员：全区或某县；县（区）人社：本县）：各村按执行中的标准结算为草稿，替换此前的草稿，与逐村结算相同；' +
      '已确认结算、花名册为演示样例或有误、标准校验不通过的村不结算并列出原因。确认结算仍由各村村干部进行',
  })
  @Extensions(costRule({ weight: (args) => (args.countyCode ? COUNTY_SETTLE_POINTS : REGION_SETTLE_POINTS) }))
  async settleVillages(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'Scheme year' }) year: number,
    @TextArg('countyCode', 20, '县代码', {
      description: '6-digit county code; null: the whole region (region administrators) or the user’s county',
      nullable: true,
    })
    countyCode: string | null,
  ): Promise<AreaSettlementType> {
    const user = requireUser(ctx);
    const code = await settleScope(ctx, user, countyCode);
    const key = `${code ?? 'region'}:${year}`;
    if (running.has(key)) throw new Conflict('该地区本年度的批量结算正在进行，请等它完成后再查看结果，不要重复提交');
    running.add(key);
    try {
      return AreaSettlementType.from(code, year, await settleArea(ctx.em, user, await ctx.policies(), { countyCode: code, year }));
    } finally {
      running.delete(key);
    }
  }
}

/** The county settled (null: the region): the administrator any or all, a county's 人社 its own. */
async function settleScope(ctx: Context, user: User, countyCode: string | null): Promise<string | null> {
  const wanted = countyCode?.trim() || null;
  if (user.role !== 'REGION_ADMIN' && user.role !== 'COUNTY_HRSS')
    throw new Forbidden('批量结算供自治区管理员和县（区）人社部门使用，您的账号角色不能使用；村干部请在本村页面结算');
  if (user.role === 'COUNTY_HRSS' && wanted && wanted !== user.areaCode)
    throw new Forbidden(`您只能结算本县（区）${user.areaCode}的村，无权结算县（区）${wanted}`);
  const code = user.role === 'REGION_ADMIN' ? wanted : user.areaCode;
  if (code && !(await ctx.em.count(County, { code }))) throw new NotFound(`没有代码为${code}的县（市、区），请核对6位县级代码`);
  return code;
}
