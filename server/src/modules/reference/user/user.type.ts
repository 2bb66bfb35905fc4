import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from './role.enum.js';
import type { Role, User } from './user.entity.js';

@ObjectType('User', { description: 'A user of the platform with one role and one area' })
export class UserType {
  @Field(() => ID, { description: 'User id' })
  id!: string;

  @Field(() => String, { description: 'Login name' })
  username!: string;

  @Field(() => String, { nullable: true, description: '姓名' })
  realName!: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  phone!: string | null;

  @Field(() => RoleEnum, { description: 'Role (API.md role table)' })
  role!: Role;

  @Field(() => String, { nullable: true, description: '县（6位）、乡镇（9位）或村（12位）代码；自治区级为空' })
  areaCode!: string | null;

  @Field(() => Boolean, { description: 'Disabled users cannot log in; their sessions are ended' })
  disabled!: boolean;

  @Field(() => Date, { nullable: true, description: '密码错误次数过多时锁定至此时刻（至少从某一地址登录被暂停；仅在用户列表中给出）' })
  lockedUntil!: Date | null;

  /** `lockedUntil`: the latest login lock in force (auth/throttle.sql.ts `lockedUsers`), where known. */
  static from(user: User, lockedUntil: Date | null = null): UserType {
    return Object.assign(new UserType(), {
      id: String(user.id),
      username: user.username,
      realName: user.realName,
      phone: user.phone,
      role: user.role,
      areaCode: user.areaCode,
      disabled: user.disabled,
      lockedUntil,
    });
  }
}

/** What the audit log keeps of a user (never the password hash). */
export function userSnapshot(user: User) {
  return {
    id: user.id,
    username: user.username,
    realName: user.realName,
    phone: user.phone,
    role: user.role,
    areaCode: user.areaCode,
    disabled: user.disabled,
  };
}
