/**
 * Who may do what with donors and donations (issue 6): the region administrator everything; 县民政
 * (CIVIL_AFFAIRS) donors, gifts and pools of its county; a village's cadre donors of its village (individuals,
 * enterprises) and direct gifts and pools for its village only. Reading a village's donations: 县民政 of its
 * county and whoever may read the village. Refusals are FORBIDDEN, raised before anything changes.
 */
import { Forbidden } from '../../errors.js';
import { coversVillage, villageLevels } from '../reference/auth/area.js';
import type { Village } from '../reference/division/village.entity.js';
import type { User } from '../reference/user/user.entity.js';
import type { Donor, DonorKind } from './donor.entity.js';

export type Channel = 'CHARITY' | 'DIRECT';

/** Through a charity when one is named or the donor is one. */
export function channelOf(donor: Donor, charity: Donor | null): Channel {
  return charity !== null || donor.kind === 'CHARITY' ? 'CHARITY' : 'DIRECT';
}

/** Whether the user sees the donor: region-wide donors everyone who records; area donors within the user's area. */
export function canSeeDonor(user: User, donor: Donor): boolean {
  switch (user.role) {
    case 'REGION_ADMIN':
      return true;
    case 'CIVIL_AFFAIRS':
      return donor.areaCode === null || donor.countyCode === user.areaCode;
    case 'VILLAGE_CADRE':
      return donor.areaCode === null || donor.areaCode === user.areaCode || donor.areaCode === user.areaCode?.slice(0, 6);
    default:
      return false;
  }
}

/** Whether the user may edit (or delete) the donor's record. */
export function canEditDonor(user: User, donor: Donor): boolean {
  if (user.role === 'REGION_ADMIN') return true;
  if (user.role === 'CIVIL_AFFAIRS') return donor.countyCode !== null && donor.countyCode === user.areaCode;
  return user.role === 'VILLAGE_CADRE' && donor.areaCode === user.areaCode && donor.kind !== 'CHARITY';
}

/** The kinds a role may record: a cadre does not record charity organisations (县民政 does). */
export function assertMayRecordDonor(user: User, kind: DonorKind): void {
  if (user.role === 'REGION_ADMIN' || user.role === 'CIVIL_AFFAIRS') return;
  if (user.role === 'VILLAGE_CADRE' && kind !== 'CHARITY') return;
  throw new Forbidden(
    user.role === 'VILLAGE_CADRE'
      ? '村干部可登记个人和企业捐赠方；慈善组织由县民政部门登记'
      : '只有县民政部门、村干部和自治区管理员可登记捐赠方',
  );
}

/** Whether the user may record or change donations for the village through the channel. */
export function assertMayRecordFor(user: User, village: Village, channel: Channel): void {
  const county = villageLevels(village).county;
  if (user.role === 'REGION_ADMIN') return;
  if (user.role === 'CIVIL_AFFAIRS' && user.areaCode === county) return;
  if (user.role === 'VILLAGE_CADRE' && user.areaCode === village.code) {
    if (channel === 'DIRECT') return;
    throw new Forbidden('村干部只登记直接资助；经慈善组织的资助由县民政部门登记');
  }
  throw new Forbidden(`无权为${village.name}（${village.code}）登记或修改社会资助`);
}

/** Whether the user may read the village's donations (and the donation parts of its settlements). */
export function canReadDonations(user: User, village: Village): boolean {
  if (user.role === 'CIVIL_AFFAIRS') return user.areaCode === villageLevels(village).county;
  return coversVillage(user, village);
}

export function assertCanReadDonations(user: User, village: Village): void {
  if (!canReadDonations(user, village)) throw new Forbidden(`无权查看${village.name}（${village.code}）的社会资助`);
}
