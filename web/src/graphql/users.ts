import { gql } from '@urql/vue';
import type {
  DisableUserMutation,
  DisableUserMutationVariables,
  EnableUserMutation,
  EnableUserMutationVariables,
  ResetPasswordMutation,
  ResetPasswordMutationVariables,
} from './generated';
import type { Role, User } from './auth';
import { PAGE_FIELDS, type Connection } from './paging';

/** User management (REGION_ADMIN: everyone; COUNTY_HRSS: its county's township officers and cadres). */

export interface ManagedUser extends User {
  disabled: boolean;
  lockedUntil: string | null;
  realName: string | null;
  phone: string | null;
}

export interface Profile {
  realName: string | null;
  phone: string | null;
}

const FIELDS = 'id username realName phone role areaCode disabled lockedUntil';
type One = Record<string, ManagedUser>;

export const USERS = gql<{ usersConnection: Connection<ManagedUser> }, { first: number; after: string | null }>`
  query Users($first: Int!, $after: String) { usersConnection(first: $first, after: $after) { nodes { ${FIELDS} } ${PAGE_FIELDS} } }
`;

export const CREATE_USER = gql<One, { username: string; password: string; role: Role; areaCode: string | null } & Profile>`
  mutation CreateUser($username: String!, $password: String!, $role: Role!, $areaCode: String, $realName: String, $phone: String) {
    createUser(username: $username, password: $password, role: $role, areaCode: $areaCode, realName: $realName, phone: $phone) { ${FIELDS} }
  }
`;

export const UPDATE_USER_PROFILE = gql<One, { userId: string } & Profile>`
  mutation UpdateUserProfile($userId: ID!, $realName: String, $phone: String) {
    updateUserProfile(userId: $userId, realName: $realName, phone: $phone) { ${FIELDS} }
  }
`;

export const DISABLE_USER = gql<DisableUserMutation, DisableUserMutationVariables>`
  mutation DisableUser($userId: ID!) { disableUser(userId: $userId) { ${FIELDS} } }
`;

export const ENABLE_USER = gql<EnableUserMutation, EnableUserMutationVariables>`
  mutation EnableUser($userId: ID!) { enableUser(userId: $userId) { ${FIELDS} } }
`;

export const RESET_PASSWORD = gql<ResetPasswordMutation, ResetPasswordMutationVariables>`
  mutation ResetPassword($userId: ID!, $password: String!) { resetPassword(userId: $userId, password: $password) { ${FIELDS} } }
`;
