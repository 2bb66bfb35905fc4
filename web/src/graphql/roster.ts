import { gql } from '@urql/vue';
import type {
  ImportMembersMutation,
  ImportMembersMutationVariables,
  RemoveMemberMutation,
  RemoveMemberMutationVariables,
  RosterPageQuery,
  RosterPageQueryVariables,
  RosterSummaryQuery,
  RosterSummaryQueryVariables,
  UpdateMemberMutation,
  UpdateMemberMutationVariables,
} from './generated';
import { MEMBER_INPUT_FIELDS } from './memberFields';
import { PAGE_FIELDS } from './paging';

export const IMPORT_MEMBERS = gql<ImportMembersMutation, ImportMembersMutationVariables>`
  mutation ImportMembers($villageCode: String!, $year: Int!, $members: [MemberInput!]!, $replace: Boolean, $practice: Boolean) {
    importMembers(villageCode: $villageCode, year: $year, members: $members, replace: $replace, practice: $practice) {
      imported
      updated
      removed
      practiceRemoved
    }
  }
`;

const MEMBER_FIELDS = `
  id
  ${MEMBER_INPUT_FIELDS}
  updatedAt
  practice
  settled
`;

export const ROSTER_PAGE = gql<RosterPageQuery, RosterPageQueryVariables>`
  query RosterPage($code: String!, $year: Int!, $first: Int!, $after: String, $search: String) {
    village(code: $code) {
      code
      rosterConnection(year: $year, first: $first, after: $after, search: $search) {
        ${PAGE_FIELDS}
        nodes { ${MEMBER_FIELDS} }
      }
    }
  }
`;

export const ROSTER_SUMMARY = gql<RosterSummaryQuery, RosterSummaryQueryVariables>`
  query RosterSummary($code: String!, $year: Int!) {
    village(code: $code) {
      code
      rosterSummary(year: $year) {
        total
        practice
        settled
      }
    }
  }
`;

export const UPDATE_MEMBER = gql<UpdateMemberMutation, UpdateMemberMutationVariables>`
  mutation UpdateMember($villageCode: String!, $memberId: ID!, $member: MemberInput!) {
    updateMember(villageCode: $villageCode, memberId: $memberId, member: $member) { ${MEMBER_FIELDS} }
  }
`;

export const REMOVE_MEMBER = gql<RemoveMemberMutation, RemoveMemberMutationVariables>`
  mutation RemoveMember($villageCode: String!, $memberId: ID!) {
    removeMember(villageCode: $villageCode, memberId: $memberId) {
      id
      name
    }
  }
`;

export type RosterRow = NonNullable<RosterPageQuery['village']>['rosterConnection']['nodes'][number];
