import { connectionOf } from '../../../graphql/connection.js';
import { UserType } from './user.type.js';

/** A page of users, in the order they were created. */
export const UserConnection = connectionOf(UserType, 'User');
