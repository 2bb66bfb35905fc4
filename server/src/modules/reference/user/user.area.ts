/** Which area code each role takes (API.md's role table), checked against the stored divisions. */
import type { Em } from '../../../db/orm.js';
import { BadUserInput } from '../../../errors.js';
import { County } from '../division/county.entity.js';
import { Township } from '../division/township.entity.js';
import { findVillage } from '../division/village.lookup.js';
import type { Role } from './user.entity.js';

export interface ResolvedArea {
  /** The code to store (a village's current code when given a former one); null: the region. */
  areaCode: string | null;
  /** The county the area lies in; null: the region. */
  countyCode: string | null;
}

export async function resolveArea(em: Em, role: Role, areaCode: string | null | undefined): Promise<ResolvedArea> {
  const code = areaCode?.trim() || null;
  switch (role) {
    case 'REGION_ADMIN':
      if (code) throw new BadUserInput('自治区管理员（REGION_ADMIN）不设区域代码，请将 areaCode 留空', { field: 'areaCode' });
      return { areaCode: null, countyCode: null };
    case 'AGENCY':
      if (!code) return { areaCode: null, countyCode: null };
      return countyArea(em, code, role);
    case 'COUNTY_HRSS':
    case 'COUNTY_AGRICULTURE':
    case 'CIVIL_AFFAIRS':
      if (!code) throw new BadUserInput(`${role} 须填写县级区域代码（6位）`, { field: 'areaCode' });
      return countyArea(em, code, role);
    case 'TOWNSHIP_OFFICER': {
      const township = code ? await em.findOne(Township, { code }, { populate: ['county'] }) : null;
      if (!township)
        throw new BadUserInput(`乡镇干部（TOWNSHIP_OFFICER）须填写已有乡镇的9位代码，现为“${code ?? ''}”`, { field: 'areaCode' });
      return { areaCode: township.code, countyCode: township.county.code };
    }
    case 'VILLAGE_CADRE': {
      const village = code ? await findVillage(em, code) : null;
      if (!village) throw new BadUserInput(`村干部（VILLAGE_CADRE）须填写已有村的12位代码，现为“${code ?? ''}”`, { field: 'areaCode' });
      return { areaCode: village.code, countyCode: village.township.county.code };
    }
  }
}

async function countyArea(em: Em, code: string, role: Role): Promise<ResolvedArea> {
  const county = await em.findOne(County, { code });
  if (!county) throw new BadUserInput(`${role} 的区域代码应为已有县（市、区）的6位代码，现为“${code}”`, { field: 'areaCode' });
  return { areaCode: county.code, countyCode: county.code };
}
