import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { BadUserInput } from '../../../errors.js';
import { TextArg } from '../../../graphql/caps.js';
import { assertVillageAccess, checkVillageRole, requireUser } from '../../reference/auth/access.js';
import { ImportResultType } from '../../lifecycle/roster/roster.types.js';
import { findPaying } from '../../lifecycle/scheme/scheme.paying.js';
import { idShower } from '../../lifecycle/scheme/village.read.js';
import { getSettlement } from '../../lifecycle/settlementRecord/settlement.repository.js';
import { SettlementOutcome } from '../../lifecycle/settlementRecord/settlementOutcome.entity.js';
import { importRosterFile } from './excel.import.js';
import { settlementSheet } from './excel.settlementSheet.js';
import { rosterTemplate } from './excel.template.js';
import { CSV_MIME, ExportFormat, FileDownloadType, XLSX_MIME } from './excel.types.js';
import { writeCsv } from './excel.writeCsv.js';
import { writeXlsx } from './excel.writeXlsx.js';

/** Excel in and out: the roster template and file import, and the 花名册 of a settlement for the agency. */
@Resolver()
export class ExcelResolver {
  @Query(() => FileDownloadType, { description: '下载花名册导入模板（.xlsx，中文列名，含本村自定义项目）' })
  async rosterTemplate(
    @Ctx() ctx: Context,
    @TextArg('villageCode', 20, '村代码', { description: '12-digit village code' }) villageCode: string,
    @Arg('year', () => Int, { description: 'Scheme year of the roster' }) year: number,
  ): Promise<FileDownloadType> {
    const village = await assertVillageAccess(ctx, villageCode, 'read');
    const facts = (await findPaying(ctx.em, village, year))?.version.ruleSet.facts;
    const file = await rosterTemplate(village, year, facts, (await ctx.policies())(year));
    return { fileName: `花名册模板-${village.name}-${year}.xlsx`, mimeType: XLSX_MIME, base64: file.toString('base64') };
  }

  @Mutation(() => ImportResultType, {
    description: '从 .xlsx 或 .csv 文件导入花名册（村干部）；有任何错误则不导入，错误按行号和列名列在 extensions.rows',
  })
  async importRosterFile(
    @Ctx() ctx: Context,
    @TextArg('villageCode', 20, '村代码', { description: '12-digit village code' }) villageCode: string,
    @Arg('year', () => Int, { description: 'Scheme year of the roster' }) year: number,
    @Arg('fileBase64', () => String, { description: 'The file’s bytes in base64 (the roster template of rosterTemplate)' })
    fileBase64: string,
    @TextArg('fileName', 255, '文件名', { description: 'The file’s name (.xlsx or .csv)' }) fileName: string,
    @Arg('replace', () => Boolean, {
      description: 'true: also remove the members of the roster not in the file',
      nullable: true,
      defaultValue: false,
    })
    replace: boolean | null,
  ): Promise<ImportResultType> {
    const village = await assertVillageAccess(ctx, villageCode, 'edit');
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(fileBase64)) throw new BadUserInput('文件内容不是 base64 编码', { field: 'fileBase64' });
    const file = Buffer.from(fileBase64, 'base64');
    const counts = await importRosterFile(ctx.em, ctx.user!, await ctx.policies(), {
      village,
      year,
      file,
      fileName,
      replace: replace === true,
    });
    return Object.assign(new ImportResultType(), counts);
  }

  @Query(() => FileDownloadType, { description: '导出结算花名册（经办机构用）；草稿每页标明“草稿（未确认，不作为发放依据）”' })
  async settlementExport(
    @Ctx() ctx: Context,
    @Arg('settlementId', () => ID, { description: 'Settlement id' }) settlementId: string,
    @Arg('format', () => ExportFormat, { description: 'XLSX (Excel) or CSV', defaultValue: ExportFormat.XLSX }) format: ExportFormat,
  ): Promise<FileDownloadType> {
    const user = requireUser(ctx);
    const settlement = await getSettlement(ctx.em, settlementId);
    checkVillageRole(user, settlement.village, null);
    const outcomes = await ctx.em.find(
      SettlementOutcome,
      { settlement: settlement.id },
      { orderBy: { id: 'asc' }, disableIdentityMap: true },
    );
    const sheet = settlementSheet(settlement, outcomes, idShower(ctx, settlement.village));
    if (format === ExportFormat.CSV)
      return { fileName: `${sheet.fileBase}.csv`, mimeType: CSV_MIME, base64: writeCsv(sheet).toString('base64') };
    return { fileName: `${sheet.fileBase}.xlsx`, mimeType: XLSX_MIME, base64: (await writeXlsx(sheet)).toString('base64') };
  }
}
