/** Finding a village by its code or a former code (alias), with its township and county loaded. */
import type { Em } from '../../../db/orm.js';
import { NotFound } from '../../../errors.js';
import { Village } from './village.entity.js';
import { VillageAlias } from './villageAlias.entity.js';

export async function findVillage(em: Em, code: string): Promise<Village | null> {
  const village = await em.findOne(Village, { code }, { populate: ['township.county'] });
  if (village) return village;
  const alias = await em.findOne(VillageAlias, { code }, { populate: ['village.township.county'] });
  return alias?.village ?? null;
}

export async function getVillage(em: Em, code: string): Promise<Village> {
  const village = await findVillage(em, code);
  if (!village) throw new NotFound(`没有代码为${code}的村（社区），请核对村代码`);
  return village;
}
