import type { Role, User } from '../graphql/auth';

/** The pages in the header's navigation and the roles that may use them (API.md's role table). */
export interface NavEntry {
  name: string;
  label: string;
  /** null: every logged-in user. */
  roles: readonly Role[] | null;
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  { name: 'todo', label: '待办', roles: null },
  { name: 'area', label: '辖区', roles: null },
  { name: 'dashboard', label: '统计看板', roles: ['REGION_ADMIN', 'COUNTY_HRSS', 'COUNTY_AGRICULTURE', 'TOWNSHIP_OFFICER', 'AGENCY'] },
  { name: 'reform', label: '政策调整测算', roles: ['REGION_ADMIN', 'COUNTY_HRSS', 'COUNTY_AGRICULTURE'] },
  { name: 'projection', label: '个人账户测算', roles: null },
  { name: 'audit', label: '操作记录', roles: null },
  { name: 'donations', label: '社会资助', roles: ['REGION_ADMIN', 'CIVIL_AFFAIRS', 'VILLAGE_CADRE'] },
  { name: 'users', label: '用户管理', roles: ['REGION_ADMIN', 'COUNTY_HRSS'] },
  { name: 'policy-years', label: '政策参数', roles: ['REGION_ADMIN'] },
  { name: 'divisions', label: '行政区划', roles: ['REGION_ADMIN'] },
];

export function mayUse(user: User | null, entry: Pick<NavEntry, 'roles'>): boolean {
  return user !== null && (entry.roles === null || entry.roles.includes(user.role));
}

export function navEntriesFor(user: User | null): NavEntry[] {
  return NAV_ENTRIES.filter((e) => mayUse(user, e));
}

/** The roles allowed on the page named `name` (null: anyone logged in). */
export function rolesOf(name: string): readonly Role[] | null {
  return NAV_ENTRIES.find((e) => e.name === name)?.roles ?? null;
}

/** Where an entry leads: a village cadre's projection opens on their own village's roster. */
export function navTarget(entry: NavEntry, user: User | null, year: number): { name: string; query?: Record<string, string> } {
  if (entry.name === 'projection' && user?.role === 'VILLAGE_CADRE' && user.areaCode)
    return { name: entry.name, query: { village: user.areaCode, year: String(year) } };
  return { name: entry.name };
}
