/** Resolves a request's `Authorization: Bearer <token>` to an enabled user, checked against the database. */
import type { Em } from '../../../db/orm.js';
import { User } from '../user/user.entity.js';
import { verifyToken } from './token.js';

export interface Authentication {
  user: User | null;
  problem: string | null;
}

export async function authenticate(em: Em, secret: Uint8Array, header: string | undefined): Promise<Authentication> {
  if (!header) return { user: null, problem: null };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) return { user: null, problem: '登录凭证格式不正确，请重新登录' };
  const claims = await verifyToken(secret, match[1]!);
  if (!claims) return { user: null, problem: '登录已失效或已过期，请重新登录' };
  const user = await em.findOne(User, { id: claims.userId });
  if (!user || user.tokenVersion !== claims.tokenVersion) return { user: null, problem: '登录已失效，请重新登录' };
  if (user.disabled) return { user: null, problem: '该账号已停用，请联系管理员' };
  return { user, problem: null };
}
