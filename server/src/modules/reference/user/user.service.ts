/** Creating, disabling, enabling users and resetting passwords; each change audited in its transaction. */
import type { Em } from '../../../db/orm.js';
import { BadUserInput, Conflict, NotFound } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import { hashPassword } from '../auth/password.js';
import { assertPasswordAcceptable } from '../auth/passwordPolicy.js';
import { clearUsername } from '../auth/throttle.sql.js';
import { findVillage } from '../division/village.lookup.js';
import { resolveArea } from './user.area.js';
import { User, type Role } from './user.entity.js';
import { assertMayManage, assertMayManageUser } from './user.management.js';
import { endSessions } from './user.sessions.js';
import { userSnapshot } from './user.type.js';
import { checkProfile } from './user.profile.js';

const PASSWORD_FIELD = { name: 'password', label: '密码' };

function checkUsername(username: string): void {
  if (!/^[\p{L}\p{N}_.-]{2,64}$/u.test(username)) {
    throw new BadUserInput('用户名应为2至64位的字母、数字、汉字或 _ . -', { field: 'username' });
  }
}

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  areaCode?: string | null;
  realName?: string | null;
  phone?: string | null;
}

export async function createUser(em: Em, manager: User, input: NewUser): Promise<User> {
  const username = input.username.trim();
  checkUsername(username);
  assertPasswordAcceptable(input.password, username, PASSWORD_FIELD);
  const profile = checkProfile({ realName: input.realName ?? null, phone: input.phone ?? null });
  const area = await resolveArea(em, input.role, input.areaCode);
  assertMayManage(manager, input.role, area.countyCode);
  if (await em.count(User, { username })) throw new Conflict(`用户名“${username}”已被使用，请换一个`, { field: 'username' });
  const passwordHash = await hashPassword(input.password);
  return em.transactional(async (tx) => {
    const user = tx.create(User, { username, passwordHash, role: input.role, areaCode: area.areaCode, ...profile });
    await tx.flush();
    audit(tx, manager, 'CREATE_USER', 'User', user.id, null, userSnapshot(user), await villageScope(tx, user));
    await tx.flush();
    return user;
  });
}

export async function getManagedUser(em: Em, manager: User, userId: string): Promise<User> {
  const id = Number(userId);
  const user = Number.isInteger(id) ? await em.findOne(User, { id }) : null;
  if (!user) throw new NotFound(`没有编号为${userId}的用户`);
  await assertMayManageUser(em, manager, user);
  return user;
}

/** Sets `disabled`; disabling also ends the user's sessions, enabling lifts the login locks. */
export async function setDisabled(em: Em, manager: User, target: User, disabled: boolean): Promise<User> {
  if (target.id === manager.id && disabled) throw new BadUserInput('不能停用自己的账号');
  return em.transactional(async (tx) => {
    const before = userSnapshot(target);
    target.disabled = disabled;
    if (disabled) await endSessions(tx, target.id);
    else await clearUsername(tx, target.username);
    audit(
      tx,
      manager,
      disabled ? 'DISABLE_USER' : 'ENABLE_USER',
      'User',
      target.id,
      before,
      userSnapshot(target),
      await villageScope(tx, target),
    );
    await tx.flush();
    return target;
  });
}

/**
 * A manager's new password for a user they manage: lifts the login locks and ends the user's sessions. Their own
 * password people change with `changePassword`, which asks for the current one.
 */
export async function resetPassword(em: Em, manager: User, target: User, password: string): Promise<User> {
  if (target.id === manager.id)
    throw new BadUserInput('修改自己的密码请用“修改密码”（changePassword），需输入当前密码', { field: 'userId' });
  assertPasswordAcceptable(password, target.username, PASSWORD_FIELD);
  const passwordHash = await hashPassword(password);
  return em.transactional(async (tx) => {
    await endSessions(tx, target.id, passwordHash);
    await clearUsername(tx, target.username);
    const snapshot = userSnapshot(target);
    audit(tx, manager, 'RESET_PASSWORD', 'User', target.id, snapshot, snapshot, await villageScope(tx, target));
    await tx.flush();
    return target;
  });
}

/** A village cadre's account changes show in their village's audit log. */
export async function villageScope(em: Em, user: User) {
  if (user.role !== 'VILLAGE_CADRE' || !user.areaCode) return {};
  return { village: await findVillage(em, user.areaCode) };
}
