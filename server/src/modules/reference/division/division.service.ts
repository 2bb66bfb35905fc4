/** The region administrator's edits of divisions: adding villages, correcting provisional codes. Audited. */
import type { Em } from '../../../db/orm.js';
import { BadUserInput, Conflict, NotFound } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import { User } from '../user/user.entity.js';
import { Township } from './township.entity.js';
import { Village } from './village.entity.js';
import { VillageAlias } from './villageAlias.entity.js';
import { getVillage } from './village.lookup.js';

function snapshot(village: Village) {
  return { code: village.code, name: village.name, provisional: village.provisional, township: village.township.code };
}

function checkCode(code: string, township: Township): void {
  if (!/^\d{12}$/.test(code)) throw new BadUserInput(`村代码应为12位数字，现为“${code}”`, { field: 'code' });
  if (!code.startsWith(township.code)) {
    throw new BadUserInput(`村代码${code}应以所属乡镇${township.name}的代码${township.code}开头`, { field: 'code' });
  }
}

async function assertCodeFree(em: Em, code: string, owner?: Village): Promise<void> {
  const village = await em.findOne(Village, { code });
  const alias = await em.findOne(VillageAlias, { code });
  if (village || (alias && alias.village.id !== owner?.id)) throw new Conflict(`村代码${code}已被使用`, { field: 'code' });
}

export async function addVillage(
  em: Em,
  admin: User,
  input: { townshipCode: string; code: string; name: string; provisional: boolean },
): Promise<Village> {
  const township = await em.findOne(Township, { code: input.townshipCode }, { populate: ['county'] });
  if (!township) throw new NotFound(`没有代码为${input.townshipCode}的乡镇`);
  const name = input.name.trim();
  if (!name) throw new BadUserInput('村名称不能为空', { field: 'name' });
  checkCode(input.code, township);
  await assertCodeFree(em, input.code);
  return em.transactional(async (tx) => {
    const village = tx.create(Village, { code: input.code, name, provisional: input.provisional, township });
    await tx.flush();
    audit(tx, admin, 'ADD_VILLAGE', 'Village', village.id, null, snapshot(village), { village });
    await tx.flush();
    return village;
  });
}

/**
 * Gives a village its correct code: the old code becomes an alias (still found by `village(code)`), the
 * village stays the same row, so its schemes, rosters and settlements stay with it; its cadres' area follows.
 */
export async function correctVillageCode(em: Em, admin: User, code: string, newCode: string): Promise<Village> {
  const village = await getVillage(em, code);
  if (village.code === newCode) throw new BadUserInput(`新代码与现代码相同（${newCode}）`);
  checkCode(newCode, village.township);
  await assertCodeFree(em, newCode, village);
  return em.transactional(async (tx) => {
    const before = snapshot(village);
    const oldCode = village.code;
    const reused = await tx.findOne(VillageAlias, { code: newCode });
    if (reused) tx.remove(reused);
    await tx.flush();
    tx.create(VillageAlias, { code: oldCode, village });
    Object.assign(village, { code: newCode, provisional: false });
    const cadres = await tx.find(User, { role: 'VILLAGE_CADRE', areaCode: oldCode });
    for (const cadre of cadres) cadre.areaCode = newCode;
    audit(
      tx,
      admin,
      'CORRECT_VILLAGE_CODE',
      'Village',
      village.id,
      before,
      { ...snapshot(village), cadresMoved: cadres.length },
      { village },
    );
    await tx.flush();
    return village;
  });
}
