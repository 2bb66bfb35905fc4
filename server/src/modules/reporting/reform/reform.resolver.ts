import { Arg, Ctx, Extensions, Int, Query, Resolver } from 'type-graphql';
import { draftPolicy } from './reform.draft.js';
import { audit, costRule, FileDownloadType, PolicyYearInput, requireUser, TextArg, XLSX_MIME, type Context } from './reform.ports.js';
import { endRun, runProgress, startRun } from './reform.progress.js';
import type { ReformResult } from './reform.result.js';
import { reformScope } from './reform.scope.js';
import { reformSimulation } from './reform.service.js';
import { reformSheets } from './reform.sheet.js';
import { ReformSimulationType } from './reform.simulation.type.js';
import { ReformProgressType } from './reform.types.js';
import { reformXlsx } from './reform.xlsx.js';

/**
 * Evaluating the region's 1.87 million members twice weighs half the logged-in budget, so that with its rows an
 * operation holds one region simulation, never two; a county's a tenth of that.
 */
export const REGION_REFORM_POINTS = 1_500_000;
export const COUNTY_REFORM_POINTS = 150_000;
const reformCost = costRule({ weight: (args) => (args.countyCode ? COUNTY_REFORM_POINTS : REGION_REFORM_POINTS) });

@Resolver()
export class ReformResolver {
  @Query(() => ReformSimulationType, {
    description:
      '政策调整测算：草案政策年度（不发布）下，各村执行中的补助标准按存储的花名册重新测算，与基准年度对比。只读，记入审计日志；' +
      '自治区管理员可测算全区或某县，县（区）人社、农业农村部门测算本县',
  })
  @Extensions(reformCost)
  async reformSimulation(
    @Ctx() ctx: Context,
    @Arg('draft', () => PolicyYearInput, { description: '草案政策年度：档次、政府补贴、年度（最高档即上限）' }) draft: PolicyYearInput,
    @Arg('baseYear', () => Int, { description: '对比的基准年度（已设置的政策年度）' }) baseYear: number,
    @TextArg('countyCode', 20, '县代码', {
      description: '6-digit county code to simulate one county; null: the whole region (region administrators) or the user’s county',
      nullable: true,
    })
    countyCode: string | null,
    @TextArg('runId', 64, '测算编号', { nullable: true, description: '客户端自选的编号，用 reformProgress 查询进度' }) runId: string | null,
  ): Promise<ReformSimulationType> {
    return ReformSimulationType.from(await run(ctx, draft, baseYear, countyCode, runId, 'REFORM_SIMULATION'));
  }

  @Query(() => FileDownloadType, { description: '政策调整测算导出为 .xlsx（重新测算一次，记入审计日志）' })
  @Extensions(reformCost)
  async reformSimulationExport(
    @Ctx() ctx: Context,
    @Arg('draft', () => PolicyYearInput, { description: 'The draft policy year (草案政策年度)' }) draft: PolicyYearInput,
    @Arg('baseYear', () => Int, { description: 'The year compared with (基准年度)' }) baseYear: number,
    @TextArg('countyCode', 20, '县代码', {
      description: '6-digit county code; null: the whole region or the user’s county',
      nullable: true,
    })
    countyCode: string | null,
  ): Promise<FileDownloadType> {
    const result = await run(ctx, draft, baseYear, countyCode, null, 'EXPORT_REFORM_SIMULATION');
    const file = await reformXlsx(reformSheets(result));
    const fileName = `政策测算-${result.scopeName}-${result.draftYear}对比${result.baseYear}.xlsx`;
    return { fileName, mimeType: XLSX_MIME, base64: file.toString('base64') };
  }

  @Query(() => ReformProgressType, { nullable: true, description: '本人正在进行的测算的进度；没有该编号的测算时为 null' })
  reformProgress(
    @Ctx() ctx: Context,
    @TextArg('runId', 64, '测算编号', { description: 'The id the client chose for its reformSimulation call' }) runId: string,
  ): ReformProgressType | null {
    const progress = runProgress(runId, requireUser(ctx).id);
    return progress && Object.assign(new ReformProgressType(), progress);
  }
}

async function run(
  ctx: Context,
  input: PolicyYearInput,
  baseYear: number,
  countyCode: string | null,
  runId: string | null,
  action: string,
): Promise<ReformResult> {
  const user = requireUser(ctx);
  const scope = await reformScope(ctx.em, user, countyCode);
  const stored = await ctx.policies();
  const draft = draftPolicy(input, baseYear, stored);
  await ctx.em.transactional(async (tx) => {
    audit(tx, user, action, 'PolicyYear', draft.year, null, { baseYear, countyCode: scope.countyCode, draft }, { year: draft.year });
    await tx.flush();
  });
  try {
    return await reformSimulation(ctx.em, scope, baseYear, draft, stored, { progress: (villages) => startRun(runId, user.id, villages) });
  } finally {
    endRun(runId);
  }
}
