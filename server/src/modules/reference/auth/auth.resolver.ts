/** login, logout and changePassword (API.md): the session's token in the answer and in the editor's cookie. */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import type { User } from '../user/user.entity.js';
import { UserType } from '../user/user.type.js';
import { changePassword, logout } from './account.service.js';
import { requireUser } from './access.js';
import { addressKey } from '../../../limits/clientAddress.js';
import { login } from './login.service.js';
import { SessionType } from './session.type.js';
import { TOKEN_LIFETIME_SECONDS } from './token.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => SessionType, {
    description: 'Logs in: checks the password (throttled, API.md) and returns a token; the editor gets an HttpOnly session cookie instead',
  })
  async login(
    @Ctx() ctx: Context,
    @Arg('username', () => String, { description: 'The login name' }) username: string,
    @Arg('password', () => String, { description: 'The password' }) password: string,
  ): Promise<SessionType> {
    const now = new Date();
    const { token, user } = await login(ctx.em, ctx.secret, { username, password, address: addressKey(ctx.http?.ip) }, now);
    return session(ctx, token, user, now);
  }

  @Mutation(() => SessionType, { description: '修改自己的密码（须输入当前密码）；其他会话随即失效，返回本会话的新凭证' })
  async changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword', () => String, { description: 'The current password' }) currentPassword: string,
    @Arg('newPassword', () => String, { description: 'The new password (at least 10 characters, not a common one)' }) newPassword: string,
  ): Promise<SessionType> {
    const user = requireUser(ctx);
    const now = new Date();
    const token = await changePassword(ctx.em, ctx.secret, user, { currentPassword, newPassword, address: addressKey(ctx.http?.ip) }, now);
    return session(ctx, token, user, now);
  }

  @Mutation(() => Boolean, { description: '退出登录：该用户的所有登录凭证随即失效；未登录时只清除浏览器的会话 Cookie，返回 false' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    ctx.http?.clearSession();
    if (!ctx.user) return false;
    await logout(ctx.em, ctx.user);
    return true;
  }
}

function session(ctx: Context, token: string, user: User, now: Date): SessionType {
  ctx.http?.setSession(token);
  return Object.assign(new SessionType(), {
    token,
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_SECONDS * 1000),
    user: UserType.from(user),
  });
}
