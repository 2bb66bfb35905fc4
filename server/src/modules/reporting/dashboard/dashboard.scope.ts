/**
 * Whose figures a user may see (API.md's role table): the region administrator and a region-wide agency the
 * region or any county; the county departments and a county's agency their county; a township officer its
 * township's villages; village cadres none (their village's figures are on the village's own page), nor any
 * role not named here.
 */
import type { Em } from '../../../db/orm.js';
import { BadUserInput, Forbidden, NotFound } from '../../../errors.js';
import { County } from '../../reference/division/county.entity.js';
import { Township } from '../../reference/division/township.entity.js';
import type { Role, User } from '../../reference/user/user.entity.js';

export type ScopeLevel = 'REGION' | 'COUNTY' | 'TOWNSHIP';

export interface DashboardScope {
  level: ScopeLevel;
  /** The county's or township's code; null for the region. */
  code: string | null;
  name: string;
}

export const REGION_NAME = '宁夏回族自治区';

const DASHBOARD_ROLES: readonly Role[] = ['REGION_ADMIN', 'COUNTY_HRSS', 'COUNTY_AGRICULTURE', 'TOWNSHIP_OFFICER', 'AGENCY'];

export function assertDashboardYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new BadUserInput(`补助年度应为2000至2100之间的年份，现为${year}`);
}

export async function dashboardScope(em: Em, user: User, countyCode: string | null): Promise<DashboardScope> {
  const wanted = countyCode?.trim() || null;
  if (user.role === 'VILLAGE_CADRE') throw new Forbidden('统计看板供自治区、县（区）、乡镇和经办机构查看；本村的结算情况请在本村页面查看');
  if (!DASHBOARD_ROLES.includes(user.role))
    throw new Forbidden('统计看板供自治区、县（区）人社和农业农村部门、乡镇和经办机构查看，您的账号角色不能查看');
  if (user.role === 'TOWNSHIP_OFFICER') {
    const township = await em.findOne(Township, { code: user.areaCode ?? '' }, { populate: ['county'] });
    if (!township) throw new Forbidden('您的账号没有所属乡镇，请联系管理员');
    if (wanted && wanted !== township.county.code) throw new Forbidden(`您只能查看${township.name}的统计，无权查看县（区）${wanted}`);
    return { level: 'TOWNSHIP', code: township.code, name: `${township.county.name}${township.name}` };
  }
  const regionWide = user.role === 'REGION_ADMIN' || (user.role === 'AGENCY' && user.areaCode === null);
  if (!regionWide && wanted && wanted !== user.areaCode)
    throw new Forbidden(`您只能查看本县（区）${user.areaCode}的统计，无权查看县（区）${wanted}`);
  const code = regionWide ? wanted : user.areaCode;
  if (!code) return { level: 'REGION', code: null, name: REGION_NAME };
  const county = await em.findOne(County, { code });
  if (!county) throw new NotFound(`没有代码为${code}的县（市、区），请核对6位县级代码`);
  return { level: 'COUNTY', code: county.code, name: `${county.city}${county.name}` };
}
