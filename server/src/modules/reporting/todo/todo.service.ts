/** Each role's 待办 (issue 14 item 6), within the user's area, at most TASK_LIMIT items and the total count. */
import type { Em } from '../../../db/orm.js';
import { findVillage } from '../../reference/division/village.lookup.js';
import { User } from '../../reference/user/user.entity.js';
import { cadreTasks } from './todo.cadre.js';
import { filingsAwaiting, settlementsToAccept, type Found } from './todo.review.js';
import { task, TaskListType } from './todo.types.js';

export const TASK_LIMIT = 50;

export async function myTasks(em: Em, user: User, year: number): Promise<TaskListType> {
  const found = await tasksOf(em, user, year);
  return Object.assign(new TaskListType(), found);
}

async function tasksOf(em: Em, user: User, year: number): Promise<Found> {
  const area = user.areaCode;
  switch (user.role) {
    case 'VILLAGE_CADRE': {
      const village = area ? await findVillage(em, area) : null;
      const items = village ? (await cadreTasks(em, village, year)).slice(0, TASK_LIMIT) : [];
      return { total: items.filter((t) => !t.waiting).length, items };
    }
    case 'TOWNSHIP_OFFICER':
      return area ? filingsAwaiting(em, 'TOWNSHIP', { level: 'TOWNSHIP', code: area }, TASK_LIMIT) : none;
    case 'COUNTY_HRSS':
    case 'COUNTY_AGRICULTURE':
      return area ? filingsAwaiting(em, user.role, { level: 'COUNTY', code: area }, TASK_LIMIT) : none;
    case 'AGENCY':
      return settlementsToAccept(em, area ? { level: 'COUNTY', code: area } : null, TASK_LIMIT);
    case 'REGION_ADMIN':
      return usersToComplete(em);
    default:
      return none;
  }
}

const none: Found = { total: 0, items: [] };

/** Active users without a real name or a phone: the administrator completes them. */
async function usersToComplete(em: Em): Promise<Found> {
  const where = { disabled: false, $or: [{ realName: null }, { phone: null }] };
  const [users, total] = await em.findAndCount(User, where, { orderBy: { id: 'asc' }, limit: TASK_LIMIT });
  const items = users.map((u) =>
    task({
      villageCode: null,
      villageName: null,
      year: null,
      place: '用户管理',
      title: `补全用户 ${u.username} 的资料`,
      reason: `缺少${[u.realName ? '' : '姓名', u.phone ? '' : '联系电话'].filter(Boolean).join('和')}：签收、受理和操作记录须知道是谁`,
    }),
  );
  return { total, items };
}
