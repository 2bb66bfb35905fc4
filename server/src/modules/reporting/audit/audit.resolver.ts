import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
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
    description: '某村（某年度）的操作记录，新的在前；ID号码按查看权限遮掩。县民政只看本县各村的社会资助记录',
  })
  async auditLog(
    @Ctx() ctx: Context,
    @TextArg('villageCode', 20, '村代码', { description: '12-digit village code (村代码)' }) villageCode: string,
    @Arg('year', () => Int, { description: 'Only entries of this scheme year; null: every year', nullable: true }) year: number | null,
  ): Promise<AuditEntryType[]> {
    const civil = ctx.user?.role === 'CIVIL_AFFAIRS';
    const village = civil ? await donationVillage(ctx, villageCode) : await assertVillageAccess(ctx, villageCode, 'read');
    const entries = await ctx.em.find(
      AuditEntry,
      { village, ...(year != null ? { year } : {}), ...(civil ? { entity: { $in: [...DONATION_ENTITIES] } } : {}) },
      { populate: ['user'], orderBy: { at: 'desc', id: 'desc' }, limit: MAX_ENTRIES },
    );
    const mask = canSeeFullId(ctx.user, village) ? undefined : maskIdsDeep;
    return entries.map((e) => AuditEntryType.from(e, mask));
  }

  @Query(() => [AuditEntryType], { description: '全区操作记录（自治区管理员），可按对象类型筛选，新的在前' })
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
