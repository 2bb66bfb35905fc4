/**
 * Who may run a reform simulation, over what (issue 15): the region administrator the region or any county; the
 * county departments (人社, 农业农村) their own county; nobody else.
 */
import { County, Forbidden, NotFound, type Em, type User } from './reform.ports.js';

export interface ReformScope {
  /** Null: the whole region. */
  countyCode: string | null;
  name: string;
}

export const REGION_NAME = '宁夏回族自治区';
const COUNTY_ROLES = ['COUNTY_HRSS', 'COUNTY_AGRICULTURE'];

export async function reformScope(em: Em, user: User, countyCode: string | null): Promise<ReformScope> {
  const wanted = countyCode?.trim() || null;
  if (user.role !== 'REGION_ADMIN' && !COUNTY_ROLES.includes(user.role))
    throw new Forbidden('政策调整测算供自治区管理员和县（区）人社、农业农村部门使用，您的账号角色不能使用');
  if (user.role !== 'REGION_ADMIN' && wanted && wanted !== user.areaCode)
    throw new Forbidden(`您只能测算本县（区）${user.areaCode}，无权测算县（区）${wanted}`);
  const code = user.role === 'REGION_ADMIN' ? wanted : user.areaCode;
  if (!code) return { countyCode: null, name: REGION_NAME };
  const county = await em.findOne(County, { code });
  if (!county) throw new NotFound(`没有代码为${code}的县（市、区），请核对6位县级代码`);
  return { countyCode: county.code, name: `${county.city}${county.name}` };
}
