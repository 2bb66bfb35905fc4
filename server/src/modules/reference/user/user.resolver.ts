import { Arg, Args, Ctx, Extensions, ID, Mutation, Query, Resolver } from 'type-graphql';
import { findPage } from '../../../db/findPage.js';
import { pageOf, PAGE_COST, type Page } from '../../../graphql/connection.js';
import { PageArgs } from '../../../graphql/pageArgs.js';
import { UserConnection } from './user.connection.js';
import type { Context } from '../context.js';
import { RoleEnum } from './role.enum.js';
import { requireRole, requireUser } from '../auth/access.js';
import { lockedUsers } from '../auth/throttle.sql.js';
import { User, type Role } from './user.entity.js';
import { listManagedUsers, managedUsersWhere } from './user.list.js';
import { createUser, getManagedUser, resetPassword, setDisabled } from './user.service.js';
import { UserType } from './user.type.js';
import { setProfile } from './user.profile.js';
import { TextArg } from '../../../graphql/caps.js';

const MANAGERS: Role[] = ['COUNTY_HRSS'];

@Resolver()
export class UserResolver {
  @Query(() => UserType, { nullable: true, description: '当前登录用户' })
  me(@Ctx() ctx: Context): UserType | null {
    return ctx.user ? UserType.from(ctx.user) : null;
  }

  @Query(() => [UserType], { description: '可管理的用户：自治区管理员看全部，县人社看本县乡镇干部和村干部' })
  async users(@Ctx() ctx: Context): Promise<UserType[]> {
    const manager = requireRole(ctx, MANAGERS);
    const users = await listManagedUsers(ctx.em, manager);
    const locks = await lockedUsers(ctx.em, new Date());
    return users.map((user) => UserType.from(user, locks.get(user.username) ?? null));
  }

  @Query(() => UserConnection, { description: '可管理的用户，分页，按建立先后；范围同 users' })
  @Extensions(PAGE_COST)
  async usersConnection(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Page<UserType>> {
    const manager = requireRole(ctx, MANAGERS);
    const found = await findPage(ctx.em, User, await managedUsersWhere(ctx.em, manager), { orderBy: { id: 'asc' } }, page);
    const locks = await lockedUsers(ctx.em, new Date());
    return pageOf(found, (user) => UserType.from(user, locks.get(user.username) ?? null));
  }

  @Mutation(() => UserType, {
    description: 'Creates a user (region administrator: any; county HRSS: township officers and cadres of its county)',
  })
  async createUser(
    @Ctx() ctx: Context,
    @Arg('username', () => String, { description: 'Login name' }) username: string,
    @Arg('password', () => String, { description: 'Initial password (at least 10 characters, not a common one)' }) password: string,
    @Arg('role', () => RoleEnum, { description: 'The role' }) role: Role,
    @Arg('areaCode', () => String, {
      description: 'Code of the user’s area: county (6), township (9) or village (12 digits); null for the region',
      nullable: true,
    })
    areaCode: string | null,
    @TextArg('realName', 32, '姓名', { nullable: true, description: 'Real name (姓名)' }) realName: string | null,
    @TextArg('phone', 20, '联系电话', { nullable: true, description: 'Phone number (联系电话)' }) phone: string | null,
  ): Promise<UserType> {
    const manager = requireRole(ctx, MANAGERS);
    return UserType.from(await createUser(ctx.em, manager, { username, password, role, areaCode, realName, phone }));
  }

  @Mutation(() => UserType, { description: '填写或修改用户的姓名和联系电话（可管理该用户者）；留空则清除' })
  async updateUserProfile(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID, { description: 'The user to update' }) userId: string,
    @TextArg('realName', 32, '姓名', { nullable: true, description: 'Real name (姓名); null clears it' }) realName: string | null,
    @TextArg('phone', 20, '联系电话', { nullable: true, description: 'Phone number (联系电话); null clears it' }) phone: string | null,
  ): Promise<UserType> {
    const manager = requireRole(ctx, MANAGERS);
    const target = await getManagedUser(ctx.em, manager, userId);
    return UserType.from(await setProfile(ctx.em, manager, target, { realName, phone }));
  }

  @Mutation(() => UserType, { description: 'Disables a user and ends their sessions' })
  async disableUser(@Ctx() ctx: Context, @Arg('userId', () => ID, { description: 'User id' }) userId: string): Promise<UserType> {
    const manager = requireRole(ctx, MANAGERS);
    const target = await getManagedUser(ctx.em, manager, userId);
    return UserType.from(await setDisabled(ctx.em, manager, target, true));
  }

  @Mutation(() => UserType, { description: '重新启用已停用的用户（并解除锁定）' })
  async enableUser(@Ctx() ctx: Context, @Arg('userId', () => ID, { description: 'User id' }) userId: string): Promise<UserType> {
    const manager = requireRole(ctx, MANAGERS);
    const target = await getManagedUser(ctx.em, manager, userId);
    return UserType.from(await setDisabled(ctx.em, manager, target, false));
  }

  @Mutation(() => UserType, {
    description: '重设密码：管理员为所管理的用户重设（自己的密码用 changePassword 修改）；解除锁定，该用户的登录凭证随即失效',
  })
  async resetPassword(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID, { description: 'User id' }) userId: string,
    @Arg('password', () => String, { description: 'The new password (at least 10 characters, not a common one)' }) password: string,
  ): Promise<UserType> {
    const user = requireUser(ctx);
    const target = String(user.id) === userId ? user : await getManagedUser(ctx.em, requireRole(ctx, MANAGERS), userId);
    return UserType.from(await resetPassword(ctx.em, user, target, password));
  }
}
