import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { UserType } from '../user/user.type.js';
import { login } from './login.service.js';
import { SessionType } from './session.type.js';
import { TOKEN_LIFETIME_SECONDS } from './token.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => SessionType)
  async login(
    @Ctx() ctx: Context,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<SessionType> {
    const now = new Date();
    const { token, user } = await login(ctx.em, ctx.secret, username, password, now);
    return Object.assign(new SessionType(), {
      token,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_SECONDS * 1000),
      user: UserType.from(user),
    });
  }
}
