import { Field, ObjectType } from 'type-graphql';
import { UserType } from '../user/user.type.js';

@ObjectType('Session', { description: 'A login session' })
export class SessionType {
  @Field(() => String, { description: '放在请求头 Authorization: Bearer <token> 中（编辑器改用登录时设置的 HttpOnly Cookie）' })
  token!: string;

  @Field(() => Date, { description: 'When the token expires (at most 12 hours)' })
  expiresAt!: Date;

  @Field(() => UserType, { description: 'The logged-in user' })
  user!: UserType;
}
