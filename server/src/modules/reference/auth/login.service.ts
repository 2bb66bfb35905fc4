/**
 * Logging in. The attempt is counted (auth/throttle.ts) before the password is checked, so that parallel attempts
 * cannot check more passwords than the limits allow; a right password gives it back. An unknown name, a wrong
 * password and a locked counter get the same answer (UNAUTHENTICATED, one message) in about the same time, so
 * the answers tell nothing about which names exist. A disabled user is told so only after the right password.
 * A hash made at a lower cost than today's is replaced on a successful login.
 */
import type { Em } from '../../../db/orm.js';
import { Unauthenticated } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import { User } from '../user/user.entity.js';
import { hashPassword, needsRehash } from './password.js';
import { MAX_PASSWORD_LENGTH } from './passwordPolicy.js';
import { ACCOUNT_ADDRESS_LIMIT, attemptSucceeded, reserveLogin } from './throttle.js';
import { signToken } from './token.js';
import { checkPassword, checkWithoutUser, waitAsLongAsACheck } from './timing.js';

export const LOGIN_REFUSED = `用户名或密码错误；同一账号连续输错${ACCOUNT_ADDRESS_LIMIT.max}次须等${ACCOUNT_ADDRESS_LIMIT.lockMinutes}分钟后再试`;

export interface LoginResult {
  token: string;
  user: User;
}

export async function login(
  em: Em,
  secret: Uint8Array,
  input: { username: string; password: string; address: string },
  now = new Date(),
): Promise<LoginResult> {
  const username = input.username.trim();
  const attempt = await reserveLogin(em, username.slice(0, 64), input.address, now);
  if (!attempt.allowed || !username || username.length > 64 || input.password.length > MAX_PASSWORD_LENGTH) {
    await waitAsLongAsACheck();
    throw new Unauthenticated(LOGIN_REFUSED);
  }
  const user = await em.findOne(User, { username });
  if (!user) {
    await checkWithoutUser(input.password);
    throw new Unauthenticated(LOGIN_REFUSED);
  }
  if (!(await checkPassword(input.password, user.passwordHash))) {
    if (attempt.lockedUntil) await auditLock(em, user, attempt.lockedUntil, input.address);
    throw new Unauthenticated(LOGIN_REFUSED);
  }
  await attemptSucceeded(em, attempt, now);
  if (user.disabled) throw new Unauthenticated('该账号已停用，请联系管理员');
  if (needsRehash(user.passwordHash)) await rehash(em, user, input.password);
  return { token: await signToken(secret, { userId: user.id, tokenVersion: user.tokenVersion }, now), user };
}

async function auditLock(em: Em, user: User, lockedUntil: Date, address: string): Promise<void> {
  audit(em, null, 'LOCK_USER', 'User', user.id, null, { username: user.username, address, lockedUntil: lockedUntil.toISOString() });
  await em.flush();
}

/** Stores a hash at today's cost, unless the password was changed meanwhile. */
async function rehash(em: Em, user: User, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await em.nativeUpdate(User, { id: user.id, passwordHash: user.passwordHash }, { passwordHash });
  user.passwordHash = passwordHash;
}
