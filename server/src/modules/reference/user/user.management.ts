/**
 * Who may manage whom: the region administrator everyone; a county's HRSS (县人社) the township officers and
 * village cadres of its county (API.md).
 */
import type { Em } from '../../../db/orm.js';
import { Forbidden } from '../../../errors.js';
import { resolveArea } from './user.area.js';
import type { Role, User } from './user.entity.js';

const COUNTY_MANAGED: readonly Role[] = ['TOWNSHIP_OFFICER', 'VILLAGE_CADRE'];

/** Throws FORBIDDEN unless `manager` may create or manage a user with `role` in the area of `countyCode`. */
export function assertMayManage(manager: User, role: Role, countyCode: string | null): void {
  if (manager.role === 'REGION_ADMIN') return;
  if (manager.role === 'COUNTY_HRSS' && COUNTY_MANAGED.includes(role) && countyCode === manager.areaCode) return;
  throw new Forbidden('无权管理该用户：县人社只能管理本县的乡镇干部和村干部，其他用户由自治区管理员管理');
}

/** The same check for an existing user. */
export async function assertMayManageUser(em: Em, manager: User, target: User): Promise<void> {
  if (manager.role === 'REGION_ADMIN') return;
  const { countyCode } = await resolveArea(em, target.role, target.areaCode).catch(() => ({ countyCode: null }));
  assertMayManage(manager, target.role, countyCode);
}
