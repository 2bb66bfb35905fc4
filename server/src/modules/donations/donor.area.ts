/** The area a donor is recorded for, from what the client sent and who records it. */
import type { Em } from '../../db/orm.js';
import { BadUserInput, Forbidden } from '../../errors.js';
import { County } from '../reference/division/county.entity.js';
import type { Village } from '../reference/division/village.entity.js';
import { findVillage } from '../reference/division/village.lookup.js';
import type { User } from '../reference/user/user.entity.js';

export interface DonorArea {
  areaCode: string | null;
  countyCode: string | null;
  /** The village when the area is one (for the audit log's scope). */
  village: Village | null;
}

/**
 * 县民政: its county (default) or one of its villages; a cadre: its village (default); the region
 * administrator: the region (blank), a county or a village. Unknown codes: BAD_USER_INPUT; another area:
 * FORBIDDEN.
 */
export async function resolveDonorArea(em: Em, user: User, sent: string | null | undefined): Promise<DonorArea> {
  const code = sent?.trim() || (user.role === 'REGION_ADMIN' ? null : user.areaCode);
  if (code === null) return { areaCode: null, countyCode: null, village: null };
  const area = await lookup(em, code);
  const mine =
    user.role === 'REGION_ADMIN' ||
    (user.role === 'CIVIL_AFFAIRS' && area.countyCode === user.areaCode) ||
    (user.role === 'VILLAGE_CADRE' && area.areaCode === user.areaCode);
  if (!mine) throw new Forbidden(`不能在本人管辖区域以外登记捐赠方（areaCode ${code}）`);
  return area;
}

async function lookup(em: Em, code: string): Promise<DonorArea> {
  if (/^\d{6}$/.test(code) && (await em.count(County, { code }))) return { areaCode: code, countyCode: code, village: null };
  const village = /^\d{12}$/.test(code) ? await findVillage(em, code) : null;
  if (!village) throw new BadUserInput(`登记区域（areaCode）应为已有县（6位）或村（12位）的代码，现为“${code}”`, { field: 'areaCode' });
  return { areaCode: village.code, countyCode: village.township.county.code, village };
}
