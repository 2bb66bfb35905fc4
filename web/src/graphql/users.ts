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
  UpdateUserProfileMutation,
  UpdateUserProfileMutationVariables,
  UsersQuery,
  UsersQueryVariables,
} from './generated';
import { PAGE_FIELDS } from './paging';

/** User management (REGION_ADMIN: everyone; COUNTY_HRSS: its county's township officers and cadres). */

export type ManagedUser = UsersQuery['usersConnection']['nodes'][number];
export type Profile = Pick<ManagedUser, 'realName' | 'phone'>;

const FIELDS = 'id username realName phone role areaCode disabled lockedUntil';

export const USERS = gql<UsersQuery, UsersQueryVariables>`
  query Users($first: Int!, $after: String) { usersConnection(first: $first, after: $after) { nodes { ${FIELDS} } ${PAGE_FIELDS} } }
`;

export const CREATE_USER = gql<CreateUserMutation, CreateUserMutationVariables>`
  mutation CreateUser($username: String!, $password: String!, $role: Role!, $areaCode: String, $realName: String, $phone: String) {
    createUser(username: $username, password: $password, role: $role, areaCode: $areaCode, realName: $realName, phone: $phone) { ${FIELDS} }
  }
`;

export const UPDATE_USER_PROFILE = gql<UpdateUserProfileMutation, UpdateUserProfileMutationVariables>`
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
