/**
 * A logged-in user's own session and password: `changePassword` asks for the current password (counted against
 * the login limits, so a stolen session cannot guess it) and ends every other session; `logout` ends every
 * session of the user. Both are audited in their transaction.
 */
import type { Em } from '../../../db/orm.js';
import { BadUserInput } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import type { User } from '../user/user.entity.js';
import { endSessions } from '../user/user.sessions.js';
import { villageScope } from '../user/user.service.js';
import { userSnapshot } from '../user/user.type.js';
import { hashPassword } from './password.js';
import { assertPasswordAcceptable } from './passwordPolicy.js';
import { ACCOUNT_ADDRESS_LIMIT, attemptSucceeded, reserveLogin } from './throttle.js';
import { checkPassword, waitAsLongAsACheck } from './timing.js';
import { signToken } from './token.js';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  address: string;
}

/** The token of the session that changed the password (the others end). */
export async function changePassword(em: Em, secret: Uint8Array, user: User, input: PasswordChange, now = new Date()): Promise<string> {
  assertPasswordAcceptable(input.newPassword, user.username, { name: 'newPassword', label: '新密码' });
  if (input.newPassword === input.currentPassword)
    throw new BadUserInput('新密码（newPassword）不能与当前密码相同，请换一个', { field: 'newPassword' });
  const attempt = await reserveLogin(em, user.username, input.address, now);
  if (!attempt.allowed) {
    await waitAsLongAsACheck();
    throw new BadUserInput(`当前密码输错次数过多，请${ACCOUNT_ADDRESS_LIMIT.lockMinutes}分钟后再试`, { field: 'currentPassword' });
  }
  if (!(await checkPassword(input.currentPassword, user.passwordHash))) {
    throw new BadUserInput('当前密码（currentPassword）不正确，请重新输入', { field: 'currentPassword' });
  }
  await attemptSucceeded(em, attempt, now);
  const passwordHash = await hashPassword(input.newPassword);
  const tokenVersion = await em.transactional(async (tx) => {
    const version = await endSessions(tx, user.id, passwordHash);
    const snapshot = userSnapshot(user);
    audit(tx, user, 'CHANGE_PASSWORD', 'User', user.id, snapshot, snapshot, await villageScope(tx, user));
    await tx.flush();
    return version;
  });
  return signToken(secret, { userId: user.id, tokenVersion }, now);
}

export async function logout(em: Em, user: User): Promise<void> {
  await em.transactional(async (tx) => {
    await endSessions(tx, user.id);
    audit(tx, user, 'LOGOUT', 'User', user.id, null, null, await villageScope(tx, user));
    await tx.flush();
  });
}
