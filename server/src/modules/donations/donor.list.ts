/** The donors a user may choose from: region-wide ones and those of the user's county or village. */
import type { FilterQuery } from '@mikro-orm/core';
import type { Em } from '../../db/orm.js';
import type { User } from '../reference/user/user.entity.js';
import { Donor, type DonorKind } from './donor.entity.js';

export const MAX_DONORS = 500;

export interface DonorFilter {
  search?: string | null;
  kind?: DonorKind | null;
  /** The region administrator's filter by county (6 digits). */
  countyCode?: string | null;
}

export async function listDonors(em: Em, user: User, filter: DonorFilter): Promise<Donor[]> {
  return em.find(Donor, donorWhere(user, filter), { orderBy: DONOR_ORDER, limit: MAX_DONORS });
}

/** Donors are listed by name. */
export const DONOR_ORDER = { name: 'asc', id: 'asc' } as const;

/** The donors the user may choose from that match the filter. */
export function donorWhere(user: User, filter: DonorFilter): FilterQuery<Donor> {
  const where: FilterQuery<Donor>[] = [areaFilter(user, filter.countyCode)];
  if (filter.kind) where.push({ kind: filter.kind });
  const search = filter.search?.trim().replace(/[%_\\]/g, '');
  if (search) where.push({ $or: [{ name: { $like: `%${search}%` } }, { creditCode: search.toUpperCase() }] });
  return { $and: where };
}

function areaFilter(user: User, countyCode: string | null | undefined): FilterQuery<Donor> {
  switch (user.role) {
    case 'REGION_ADMIN':
      return countyCode ? { $or: [{ countyCode }, { areaCode: null }] } : {};
    case 'CIVIL_AFFAIRS':
      return { $or: [{ countyCode: user.areaCode }, { areaCode: null }] };
    default: {
      const village = user.areaCode ?? '';
      return { $or: [{ areaCode: { $in: [village, village.slice(0, 6)] } }, { areaCode: null }] };
    }
  }
}
