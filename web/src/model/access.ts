import type { Role, User } from '../graphql/auth';

/** Which buttons a user sees for a village (API.md, the roles table). The server decides in the end. */

export const ROLE_LABELS: Record<Role, string> = {
  REGION_ADMIN: '自治区管理员',
  COUNTY_HRSS: '县（区）人社部门',
  COUNTY_AGRICULTURE: '县（区）农业农村部门',
  TOWNSHIP_OFFICER: '乡镇（街道）',
  VILLAGE_CADRE: '村干部',
  AGENCY: '社保经办机构',
  CIVIL_AFFAIRS: '县（区）民政部门',
};

/** Whether `code` lies in the user's area; a region-wide area (null, "64", "640000") covers everything. */
export function inArea(user: User, code: string): boolean {
  const area = user.areaCode;
  if (!area || area.length <= 2 || /^\d{2}0000$/.test(area)) return true;
  return code.startsWith(area);
}

const isAdmin = (u: User | null): boolean => u?.role === 'REGION_ADMIN';

/** 批量结算 (settleVillages): the region administrator (the region or a county) and a county's 人社 (their county). */
export function canSettleVillages(u: User | null): boolean {
  return isAdmin(u) || u?.role === 'COUNTY_HRSS';
}
const isCadreOf = (u: User | null, village: string) => u?.role === 'VILLAGE_CADRE' && u.areaCode === village;

export function canEditScheme(u: User | null, village: string): boolean {
  return isAdmin(u) || isCadreOf(u, village);
}

/** The receiving department a user acknowledges filings for, if any: township, county 人社 or 农业农村. */
export function receivingDepartment(u: User | null, village: string): Role | null {
  if (!u) return null;
  if (u.role === 'TOWNSHIP_OFFICER' && u.areaCode === village.slice(0, 9)) return u.role;
  if ((u.role === 'COUNTY_HRSS' || u.role === 'COUNTY_AGRICULTURE') && u.areaCode === village.slice(0, 6)) return u.role;
  return null;
}

export function canSettle(u: User | null, village: string): boolean {
  return isAdmin(u) || isCadreOf(u, village) || (u?.role === 'COUNTY_HRSS' && u.areaCode === village.slice(0, 6));
}

export function canConfirmSettlement(u: User | null, village: string): boolean {
  return isAdmin(u) || isCadreOf(u, village);
}

export function canAcceptSettlement(u: User | null, village: string): boolean {
  return isAdmin(u) || (u?.role === 'AGENCY' && inArea(u, village));
}

/** ID numbers whole for the village's cadres, the agency (and the admin); masked for everyone else. */
export function seesFullIds(u: User | null, village: string): boolean {
  return canEditScheme(u, village) || u?.role === 'AGENCY';
}
