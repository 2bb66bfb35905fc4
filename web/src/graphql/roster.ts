import { gql } from '@urql/vue';
import type { ImportMembersMutation, ImportMembersMutationVariables } from './generated';

export const IMPORT_MEMBERS = gql<ImportMembersMutation, ImportMembersMutationVariables>`
  mutation ImportMembers($villageCode: String!, $year: Int!, $members: [MemberInput!]!, $replace: Boolean) {
    importMembers(villageCode: $villageCode, year: $year, members: $members, replace: $replace) {
      imported
      updated
      removed
    }
  }
`;
