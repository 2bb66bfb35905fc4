/**
 * The pools a user may read for a year: 县民政 its county's; a village's cadre those covering its village; the
 * region administrator one county's (or every county's when none is named). Recorded order, as settlement uses.
 */
import type { FilterQuery } from '@mikro-orm/core';
import type { Em } from '../../db/orm.js';
import { BadUserInput, Forbidden } from '../../errors.js';
import { findVillage } from '../reference/division/village.lookup.js';
import type { User } from '../reference/user/user.entity.js';
import { DonationPool } from './donationPool.entity.js';
import { POOL_POPULATE } from './pool.service.js';

export const MAX_POOLS = 500;

export async function listPools(em: Em, user: User, year: number, countyCode: string | null): Promise<DonationPool[]> {
  const where = await poolWhere(em, user, year, countyCode);
  if (where === null) return [];
  return em.find(DonationPool, where, { populate: POOL_POPULATE, orderBy: { id: 'asc' }, limit: MAX_POOLS });
}

/** The pools of the year the user may read; null: none (a user of no village). */
export async function poolWhere(em: Em, user: User, year: number, countyCode: string | null): Promise<FilterQuery<DonationPool> | null> {
  const where = await areaFilter(em, user, countyCode);
  return where === null ? null : { $and: [{ year }, where] };
}

async function areaFilter(em: Em, user: User, countyCode: string | null): Promise<FilterQuery<DonationPool> | null> {
  if (countyCode !== null && !/^\d{6}$/.test(countyCode))
    throw new BadUserInput(`县代码（countyCode）应为6位数字，现为“${countyCode}”`, { field: 'countyCode' });
  switch (user.role) {
    case 'REGION_ADMIN':
      return countyCode ? { countyCode } : {};
    case 'CIVIL_AFFAIRS':
      if (countyCode && countyCode !== user.areaCode) throw new Forbidden(`只能查看本县（${user.areaCode}）的资助池`);
      return { countyCode: user.areaCode! };
    default: {
      const village = user.areaCode ? await findVillage(em, user.areaCode) : null;
      return village ? { villages: village.id } : null;
    }
  }
}
