/** Finding a village by its code or a former code (alias), with its township and county loaded. */
import type { Em } from '../../../db/orm.js';
import { BadUserInput, NotFound } from '../../../errors.js';
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

/** At most so many codes to `findVillages` (the region has about 2,300 villages). */
export const MAX_VILLAGE_CODES = 3000;

/**
 * The villages of `codes` (current or former), in the order given, with their township and county loaded;
 * unknown codes are left out. Two statements however many codes: the villages, then the aliases not found.
 */
export async function findVillages(em: Em, codes: readonly string[]): Promise<Village[]> {
  if (codes.length > MAX_VILLAGE_CODES) {
    throw new BadUserInput(`村代码列表（codes）一次至多${MAX_VILLAGE_CODES}个，现为${codes.length}个，请分批查询`, { field: 'codes' });
  }
  const bad = codes.findIndex((c) => !/^\d{12}$/.test(c));
  if (bad >= 0) throw new BadUserInput(`村代码列表（codes）第${bad + 1}项应为12位数字`, { field: 'codes', index: bad });
  const found = new Map<string, Village>();
  for (const v of await em.find(Village, { code: { $in: [...codes] } }, { populate: ['township.county', 'aliases'] })) found.set(v.code, v);
  const missing = codes.filter((c) => !found.has(c));
  if (missing.length > 0) {
    const aliases = await em.find(VillageAlias, { code: { $in: missing } }, { populate: ['village.township.county', 'village.aliases'] });
    for (const a of aliases) found.set(a.code, a.village);
  }
  return codes.flatMap((c) => found.get(c) ?? []);
}
