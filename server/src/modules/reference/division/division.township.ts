/**
 * 新增乡镇 (region administrator): a township in any county, the 17 non-pilot counties included, with its 9-digit
 * code (provisional when the official one is not known yet, as for villages). Audited.
 */
import type { Em } from '../../../db/orm.js';
import { BadUserInput, Conflict, NotFound } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import type { User } from '../user/user.entity.js';
import { County } from './county.entity.js';
import { Township } from './township.entity.js';

export async function addTownship(
  em: Em,
  admin: User,
  input: { countyCode: string; code: string; name: string; provisional: boolean },
): Promise<Township> {
  const county = await em.findOne(County, { code: input.countyCode });
  if (!county) throw new NotFound(`没有代码为${input.countyCode}的县（市、区）`);
  const name = input.name.trim();
  if (!name) throw new BadUserInput('乡镇名称不能为空：请填写乡镇（街道）的名称', { field: 'name' });
  if (!/^\d{9}$/.test(input.code)) throw new BadUserInput(`乡镇代码应为9位数字，现为“${input.code}”`, { field: 'code' });
  if (!input.code.startsWith(county.code))
    throw new BadUserInput(`乡镇代码${input.code}应以所属县（区）${county.name}的代码${county.code}开头`, { field: 'code' });
  if (await em.findOne(Township, { code: input.code })) throw new Conflict(`乡镇代码${input.code}已被使用`, { field: 'code' });
  return em.transactional(async (tx) => {
    const township = tx.create(Township, { code: input.code, name, provisional: input.provisional, county });
    await tx.flush();
    const after = { code: township.code, name, provisional: township.provisional, county: county.code };
    audit(tx, admin, 'ADD_TOWNSHIP', 'Township', township.id, null, after);
    await tx.flush();
    return township;
  });
}
