import type { Role, User } from '../graphql/auth';

/**
 * What a manager may create (API.md): the region administrator any role; a county's 人社 the township officers
 * and village cadres of its county. Each role's area is a code of one level (server: user.area.ts).
 */
export type AreaLevel = 'none' | 'county' | 'township' | 'village' | 'countyOrRegion';

export const AREA_LEVEL: Record<Role, AreaLevel> = {
  REGION_ADMIN: 'none',
  COUNTY_HRSS: 'county',
  COUNTY_AGRICULTURE: 'county',
  TOWNSHIP_OFFICER: 'township',
  VILLAGE_CADRE: 'village',
  AGENCY: 'countyOrRegion',
  CIVIL_AFFAIRS: 'county',
};

export const AREA_HINT: Record<AreaLevel, string> = {
  none: '自治区管理员不设区域',
  county: '县（市、区）',
  township: '乡镇（街道）',
  village: '村（社区）',
  countyOrRegion: '县（市、区）；不选为全区',
};

const ALL_ROLES: Role[] = [
  'REGION_ADMIN',
  'COUNTY_HRSS',
  'COUNTY_AGRICULTURE',
  'TOWNSHIP_OFFICER',
  'VILLAGE_CADRE',
  'AGENCY',
  'CIVIL_AFFAIRS',
];

export function creatableRoles(manager: User | null): Role[] {
  if (manager?.role === 'REGION_ADMIN') return ALL_ROLES;
  if (manager?.role === 'COUNTY_HRSS') return ['TOWNSHIP_OFFICER', 'VILLAGE_CADRE'];
  return [];
}

/** An area a user can be given: its code and its name with the county and township above it. */
export interface AreaOption {
  code: string;
  label: string;
}

type Named = { code: string; name: string };
export type DivisionTree = readonly (Named & { townships: readonly (Named & { villages: readonly Named[] })[] })[];

const CODE_LENGTH: Record<AreaLevel, number> = { none: 0, county: 6, countyOrRegion: 6, township: 9, village: 12 };

/** The areas of `level` inside `within` (the manager's county; null: everywhere). */
export function areaOptions(level: AreaLevel, counties: DivisionTree, within: string | null): AreaOption[] {
  return [...areaNames(counties)]
    .filter(([code]) => code.length === CODE_LENGTH[level] && (!within || code.startsWith(within)))
    .map(([code, label]) => ({ code, label }));
}

/** The server's shortest password (auth/passwordPolicy.ts), checked before sending so a dialog can say it at once. */
export const MIN_PASSWORD_LENGTH = 10;

/** Every division's name by code ("灵武市 临河镇 上桥村"), for showing users' areas. */
export function areaNames(counties: DivisionTree): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of counties) {
    names.set(c.code, c.name);
    for (const t of c.townships) {
      names.set(t.code, `${c.name} ${t.name}`);
      for (const v of t.villages) names.set(v.code, `${c.name} ${t.name} ${v.name}`);
    }
  }
  return names;
}
