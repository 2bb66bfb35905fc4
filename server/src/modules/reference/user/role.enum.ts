/** The role enum, registered with type-graphql under API.md's name. */
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../../graphql/enums.js';
import { ROLES, type Role } from './user.entity.js';

export const RoleEnum = enumObject<Role>(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: '角色（API.md 角色表）' });
