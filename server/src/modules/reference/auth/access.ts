/**
 * Access checks every resolver of stored data goes through (API.md's role table). A refusal is FORBIDDEN
 * and is raised before anything changes.
 */
import type { Context } from '../context.js';
import { Forbidden, Unauthenticated } from '../../../errors.js';
import type { Village } from '../division/village.entity.js';
import { getVillage } from '../division/village.lookup.js';
import type { Department } from '../user/department.js';
import type { Role, User } from '../user/user.entity.js';
import { coversVillage, villageLevels } from './area.js';

export function requireUser(ctx: Context): User {
  if (!ctx.user) throw new Unauthenticated(ctx.authProblem ?? '请先登录');
  return ctx.user;
}

/** The user, if their role is one of `roles` (REGION_ADMIN always is). */
export function requireRole(ctx: Context, roles: readonly Role[]): User {
  const user = requireUser(ctx);
  if (user.role !== 'REGION_ADMIN' && !roles.includes(user.role)) throw new Forbidden();
  return user;
}

const EDITORS: readonly Role[] = ['VILLAGE_CADRE'];

/**
 * The village (by code or former code) if the user may `read` it (any role whose area covers it) or `edit`
 * its standard, roster and decision steps (its cadres; the region administrator). NOT_FOUND if no such
 * village, FORBIDDEN otherwise.
 */
export async function assertVillageAccess(ctx: Context, villageCode: string, mode: 'read' | 'edit'): Promise<Village> {
  return assertVillageRole(ctx, villageCode, mode === 'edit' ? EDITORS : null);
}

/** The village if the user has one of `roles` (null: any role; REGION_ADMIN always) and their area covers it. */
export async function assertVillageRole(ctx: Context, villageCode: string, roles: readonly Role[] | null): Promise<Village> {
  const user = requireUser(ctx);
  const village = await getVillage(ctx.em, villageCode);
  checkVillageRole(user, village, roles);
  return village;
}

/** The same check for a village already loaded (with township.county). */
export function checkVillageRole(user: User, village: Village, roles: readonly Role[] | null): void {
  const roleOk = user.role === 'REGION_ADMIN' || roles === null || roles.includes(user.role);
  if (!roleOk || !coversVillage(user, village)) {
    throw new Forbidden(`无权对${village.name}（${village.code}）进行此操作`);
  }
}

/** ID numbers are shown whole to the village's cadres and the agency, masked to everyone else (API.md). */
export function canSeeFullId(user: User | null, village: Village): boolean {
  if (!user) return false;
  if (user.role === 'AGENCY') return coversVillage(user, village);
  return user.role === 'VILLAGE_CADRE' && coversVillage(user, village);
}

/** The receiving department (备案) the user is for the village, or null. */
export function departmentOf(user: User, village: Village): Department | null {
  const levels = villageLevels(village);
  if (user.role === 'TOWNSHIP_OFFICER' && user.areaCode === levels.township) return 'TOWNSHIP';
  if (user.role === 'COUNTY_HRSS' && user.areaCode === levels.county) return 'COUNTY_HRSS';
  if (user.role === 'COUNTY_AGRICULTURE' && user.areaCode === levels.county) return 'COUNTY_AGRICULTURE';
  return null;
}
