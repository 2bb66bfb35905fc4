/**
 * Logging in: 5 wrong passwords in a row lock the account for 15 minutes (UNAUTHENTICATED saying when to
 * retry); disabled users cannot log in. The failure count is committed before the refusal is raised.
 */
import type { Em } from '../../db/orm.js';
import { Unauthenticated } from '../../errors.js';
import { audit } from '../audit/audit.js';
import { User } from '../user/user.entity.js';
import { hashPassword, verifyPassword } from './password.js';
import { signToken } from './token.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
const WRONG = '用户名或密码错误';

let dummyHash: Promise<string> | undefined;

export interface LoginResult {
  token: string;
  user: User;
}

export async function login(em: Em, secret: Uint8Array, username: string, password: string, now = new Date()): Promise<LoginResult> {
  const user = await em.findOne(User, { username: username.trim() });
  if (!user) {
    await verifyPassword(password, await (dummyHash ??= hashPassword('-'))); // same time as a wrong password
    throw new Unauthenticated(WRONG);
  }
  if (user.lockedUntil && user.lockedUntil > now) throw new Unauthenticated(lockedMessage(user.lockedUntil));
  if (!(await verifyPassword(password, user.passwordHash))) {
    await recordFailure(em, user, now);
    throw new Unauthenticated(user.lockedUntil ? lockedMessage(user.lockedUntil) : WRONG);
  }
  if (user.disabled) throw new Unauthenticated('该账号已停用，请联系管理员');
  if (user.failedLogins || user.lockedUntil) {
    Object.assign(user, { failedLogins: 0, lockedUntil: null });
    await em.flush();
  }
  return { token: await signToken(secret, { userId: user.id, tokenVersion: user.tokenVersion }, now), user };
}

async function recordFailure(em: Em, user: User, now: Date): Promise<void> {
  user.failedLogins += 1;
  if (user.failedLogins >= MAX_FAILED_LOGINS) {
    user.failedLogins = 0;
    user.lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    audit(em, null, 'LOCK_USER', 'User', user.id, null, { username: user.username, lockedUntil: user.lockedUntil.toISOString() });
  }
  await em.flush();
}

function lockedMessage(until: Date): string {
  const time = until.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
  return `密码错误次数过多，账号已锁定${LOCK_MINUTES}分钟，请于北京时间${time}后重试`;
}
