import { gql } from '@urql/vue';
import type { Role, User } from './auth';
import { PAGE_FIELDS, type Connection } from './paging';

/** User management (REGION_ADMIN: everyone; COUNTY_HRSS: its county's township officers and cadres). */

export interface ManagedUser extends User {
  disabled: boolean;
  lockedUntil: string | null;
}

const FIELDS = 'id username role areaCode disabled lockedUntil';
type One = Record<string, ManagedUser>;

export const USERS = gql<{ usersConnection: Connection<ManagedUser> }, { first: number; after: string | null }>`
  query Users($first: Int!, $after: String) { usersConnection(first: $first, after: $after) { nodes { ${FIELDS} } ${PAGE_FIELDS} } }
`;

export const CREATE_USER = gql<One, { username: string; password: string; role: Role; areaCode: string | null }>`
  mutation CreateUser($username: String!, $password: String!, $role: Role!, $areaCode: String) {
    createUser(username: $username, password: $password, role: $role, areaCode: $areaCode) { ${FIELDS} }
  }
`;

export const DISABLE_USER = gql<One, { userId: string }>`
  mutation DisableUser($userId: ID!) { disableUser(userId: $userId) { ${FIELDS} } }
`;

export const ENABLE_USER = gql<One, { userId: string }>`
  mutation EnableUser($userId: ID!) { enableUser(userId: $userId) { ${FIELDS} } }
`;

export const RESET_PASSWORD = gql<One, { userId: string; password: string }>`
  mutation ResetPassword($userId: ID!, $password: String!) { resetPassword(userId: $userId, password: $password) { ${FIELDS} } }
`;
