import { gql } from '@urql/vue';
import type {
  CreateUserMutation,
  CreateUserMutationVariables,
  DisableUserMutation,
  DisableUserMutationVariables,
  EnableUserMutation,
  EnableUserMutationVariables,
  ResetPasswordMutation,
  ResetPasswordMutationVariables,
} from './generated';
import type { User } from './auth';
import { PAGE_FIELDS, type Connection } from './paging';

/** User management (REGION_ADMIN: everyone; COUNTY_HRSS: its county's township officers and cadres). */

export interface ManagedUser extends User {
  disabled: boolean;
  lockedUntil: string | null;
}

const FIELDS = 'id username role areaCode disabled lockedUntil';

export const USERS = gql<{ usersConnection: Connection<ManagedUser> }, { first: number; after: string | null }>`
  query Users($first: Int!, $after: String) { usersConnection(first: $first, after: $after) { nodes { ${FIELDS} } ${PAGE_FIELDS} } }
`;

export const CREATE_USER = gql<CreateUserMutation, CreateUserMutationVariables>`
  mutation CreateUser($username: String!, $password: String!, $role: Role!, $areaCode: String) {
    createUser(username: $username, password: $password, role: $role, areaCode: $areaCode) { ${FIELDS} }
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
