import { Arg, Args, Ctx, Extensions, Int, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { findPage } from '../../../db/findPage.js';
import { pageOf, PAGE_COST, type Page } from '../../../graphql/connection.js';
import { PageArgs } from '../../../graphql/pageArgs.js';
import type { Village } from '../../reference/division/village.entity.js';
import { AuditEntryConnection } from './audit.connection.js';
import type { Context } from '../../reference/context.js';
import { TextArg } from '../../../graphql/caps.js';
import { assertVillageAccess, canSeeFullId, requireRole } from '../../reference/auth/access.js';
import { AuditEntry } from '../../audit/auditEntry.entity.js';
import { AuditEntryType } from './audit.types.js';
import { DONATION_ENTITIES, donationVillage } from '../../donations/donation.audit.js';
import { maskIdsDeep } from '../../audit/maskIds.js';

const MAX_ENTRIES = 1000;

@Resolver()
export class AuditResolver {
  @Query(() => [AuditEntryType], {
    description: `某村（某年度）的操作记录，新的在前，至多${MAX_ENTRIES}条（更早的用 auditLogConnection 分页）；ID号码按查看权限遮掩。县民政只看本县各村的社会资助记录`,
  })
  async auditLog(
    @Ctx() ctx: Context,
    @TextArg('villageCode', 20, '村代码', { description: '12-digit village code (村代码)' }) villageCode: string,
    @Arg('year', () => Int, { description: 'Only entries of this scheme year; null: every year', nullable: true }) year: number | null,
  ): Promise<AuditEntryType[]> {
    const { village, where } = await villageEntries(ctx, villageCode, year);
    const entries = await ctx.em.find(AuditEntry, where, { populate: ['user'], orderBy: { at: 'desc', id: 'desc' }, limit: MAX_ENTRIES });
    const mask = canSeeFullId(ctx.user, village) ? undefined : maskIdsDeep;
    return entries.map((e) => AuditEntryType.from(e, mask));
  }

  @Query(() => AuditEntryConnection, { description: '某村（某年度）的操作记录，分页，新的在前；权限与遮掩同 auditLog' })
  @Extensions(PAGE_COST)
  async auditLogConnection(
    @Ctx() ctx: Context,
    @TextArg('villageCode', 20, '村代码', { description: 'Village code (12 digits)' }) villageCode: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only entries of this year; null for every year' }) year: number | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Page<AuditEntryType>> {
    const { village, where } = await villageEntries(ctx, villageCode, year);
    const found = await findPage(ctx.em, AuditEntry, where, { populate: ['user'], orderBy: { id: 'desc' } }, page);
    const mask = canSeeFullId(ctx.user, village) ? undefined : maskIdsDeep;
    return pageOf(found, (e) => AuditEntryType.from(e, mask));
  }

  @Query(() => AuditEntryConnection, { description: '全区操作记录（自治区管理员），分页，可按对象类型筛选，新的在前' })
  @Extensions(PAGE_COST)
  async regionAuditLogConnection(
    @Ctx() ctx: Context,
    @TextArg('entity', 50, '对象类型', {
      nullable: true,
      description: 'Only entries about this kind of record (e.g. Scheme, User); null for all',
    })
    entity: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<Page<AuditEntryType>> {
    requireRole(ctx, []);
    const found = await findPage(ctx.em, AuditEntry, entity ? { entity } : {}, { populate: ['user'], orderBy: { id: 'desc' } }, page);
    return pageOf(found, (e) => AuditEntryType.from(e, maskIdsDeep));
  }

  @Query(() => [AuditEntryType], {
    description: `全区操作记录（自治区管理员），可按对象类型筛选，新的在前，至多${MAX_ENTRIES}条（更早的用 regionAuditLogConnection 分页）`,
  })
  async regionAuditLog(
    @Ctx() ctx: Context,
    @TextArg('entity', 50, '对象类型', {
      description: 'Only entries about this entity type (e.g. Scheme, Settlement, User); null: all',
      nullable: true,
    })
    entity: string | null,
    @Arg('limit', () => Int, { description: 'Newest entries to return (1 to the server maximum)', defaultValue: 200 }) limit: number,
  ): Promise<AuditEntryType[]> {
    requireRole(ctx, []);
    const entries = await ctx.em.find(AuditEntry, entity ? { entity } : {}, {
      populate: ['user'],
      orderBy: { at: 'desc', id: 'desc' },
      limit: Math.min(Math.max(limit, 1), MAX_ENTRIES),
    });
    return entries.map((e) => AuditEntryType.from(e, maskIdsDeep));
  }
}

/** The entries of a village the user may read: 县民政 its donation records only. */
async function villageEntries(
  ctx: Context,
  villageCode: string,
  year: number | null,
): Promise<{ village: Village; where: FilterQuery<AuditEntry> }> {
  const civil = ctx.user?.role === 'CIVIL_AFFAIRS';
  const village = civil ? await donationVillage(ctx, villageCode) : await assertVillageAccess(ctx, villageCode, 'read');
  const where = { village, ...(year != null ? { year } : {}), ...(civil ? { entity: { $in: [...DONATION_ENTITIES] } } : {}) };
  return { village, where };
}
