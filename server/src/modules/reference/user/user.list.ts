/** The users a manager sees: all for the region administrator; a county HRSS's township officers and cadres. */
import type { FilterQuery } from '@mikro-orm/core';
import type { Em } from '../../../db/orm.js';
import { Township } from '../division/township.entity.js';
import { Village } from '../division/village.entity.js';
import { User } from './user.entity.js';

export async function listManagedUsers(em: Em, manager: User): Promise<User[]> {
  return em.find(User, await managedUsersWhere(em, manager), { orderBy: { id: 'asc' } });
}

export async function managedUsersWhere(em: Em, manager: User): Promise<FilterQuery<User>> {
  if (manager.role === 'REGION_ADMIN') return {};
  const county = manager.areaCode ?? '';
  const townships = await em.find(Township, { county: { code: county } }, { fields: ['code'] });
  const villages = await em.find(Village, { township: { county: { code: county } } }, { fields: ['code'] });
  return {
    $or: [
      { role: 'TOWNSHIP_OFFICER', areaCode: { $in: townships.map((t) => t.code) } },
      { role: 'VILLAGE_CADRE', areaCode: { $in: villages.map((v) => v.code) } },
    ],
  };
}
