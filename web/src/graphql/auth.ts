import { gql } from '@urql/vue';

export type Role = 'REGION_ADMIN' | 'COUNTY_HRSS' | 'COUNTY_AGRICULTURE' | 'TOWNSHIP_OFFICER' | 'VILLAGE_CADRE' | 'AGENCY' | 'CIVIL_AFFAIRS';

export interface User {
  id: string;
  username: string;
  role: Role;
  areaCode: string | null;
}

export const LOGIN = gql<{ login: { token: string } }, { username: string; password: string }>`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { token }
  }
`;

export const ME = gql<{ me: User | null }>`
  query Me { me { id username role areaCode } }
`;
