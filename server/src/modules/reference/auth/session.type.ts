import { Field, ObjectType } from 'type-graphql';
import { UserType } from '../user/user.type.js';

@ObjectType('Session')
export class SessionType {
  @Field(() => String, { description: '放在请求头 Authorization: Bearer <token> 中（编辑器改用登录时设置的 HttpOnly Cookie）' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}
