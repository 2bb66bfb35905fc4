import { gql } from '@urql/vue';
import type {
  ChangePasswordMutation,
  ChangePasswordMutationVariables,
  LoginMutation,
  LoginMutationVariables,
  LogoutMutation,
  LogoutMutationVariables,
  MeQuery,
  MeQueryVariables,
} from './generated';

export type { Role } from './generated';

/** The logged-in user. */
export type User = NonNullable<MeQuery['me']>;

/** Logging in sets the session cookie; the editor keeps only when it expires (the token stays with the browser). */
export const LOGIN = gql<LoginMutation, LoginMutationVariables>`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
    }
  }
`;

/** Ends every session of the user and clears the cookie. */
export const LOGOUT = gql<LogoutMutation, LogoutMutationVariables>`
  mutation Logout {
    logout
  }
`;

/** A new password; the server ends the other sessions and renews this one's cookie. */
export const CHANGE_PASSWORD = gql<ChangePasswordMutation, ChangePasswordMutationVariables>`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      expiresAt
    }
  }
`;

export const ME = gql<MeQuery, MeQueryVariables>`
  query Me {
    me {
      id
      username
      role
      areaCode
    }
  }
`;
