import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { TextArg } from '../../../graphql/caps.js';
import { requireUser } from '../../reference/auth/access.js';
import { assertDashboardYear, dashboardScope } from './dashboard.scope.js';
import { dashboard } from './dashboard.service.js';
import { DashboardFiguresType, DashboardRowType, DashboardType } from './dashboard.types.js';

@Resolver()
export class DashboardResolver {
  @Query(() => DashboardType, {
    description: '统计看板：不给 countyCode 时为全区（自治区管理员、全区经办机构），给出时为该县；县级部门和县经办机构为本县，乡镇为本乡镇',
  })
  async dashboard(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'Scheme year' }) year: number,
    @TextArg('countyCode', 20, '县代码', {
      description: '6-digit county code for a county view by village; null: the user’s own area',
      nullable: true,
    })
    countyCode: string | null,
  ): Promise<DashboardType> {
    const user = requireUser(ctx);
    assertDashboardYear(year);
    const scope = await dashboardScope(ctx.em, user, countyCode);
    const d = await dashboard(ctx.em, scope, year);
    return Object.assign(new DashboardType(), {
      year,
      level: scope.level,
      code: scope.code,
      name: scope.name,
      totals: DashboardFiguresType.from(d.totals),
      rows: d.rows.map((r) => Object.assign(new DashboardRowType(), { ...r, figures: DashboardFiguresType.from(r.figures) })),
    });
  }
}
