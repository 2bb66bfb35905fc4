import { gql } from '@urql/vue';
import type {
  RecordPostingsMutation,
  RecordPostingsMutationVariables,
  RejectedPostingsQuery,
  RejectedPostingsQueryVariables,
  SettlementPostingsQuery,
  SettlementPostingsQueryVariables,
} from './generated';

export type { PostingInput, PostingStatus } from './generated';

type SettlementPostings = NonNullable<SettlementPostingsQuery['settlement']>;
/** The agency's posting figures of a settlement. */
export type PostingSummary = SettlementPostings['posting'];
/** The agency's result for one member. */
export type Posting = SettlementPostings['postings'][number];
/** A member the agency returned, with where the member was settled again. */
export type RejectedPosting = NonNullable<RejectedPostingsQuery['village']>['rejectedPostings'][number];

/** At most this many postings a call (the server's limit). */
export const POSTINGS_PER_CALL = 10_000;

const SUMMARY = 'members posted rejected pending collective postedCollective rejectedCollective pendingCollective reconciled';

export const SETTLEMENT_POSTINGS = gql<SettlementPostingsQuery, SettlementPostingsQueryVariables>`
  query SettlementPostings($id: ID!) {
    settlement(id: $id) { id posting { ${SUMMARY} } postings { idNumber status reason collective recordedAt recordedBy } }
  }
`;

export const RECORD_POSTINGS = gql<RecordPostingsMutation, RecordPostingsMutationVariables>`
  mutation RecordPostings($settlementId: ID!, $postings: [PostingInput!]!) {
    recordPostings(settlementId: $settlementId, postings: $postings) {
      recorded
      unchanged
    }
  }
`;

export const REJECTED_POSTINGS = gql<RejectedPostingsQuery, RejectedPostingsQueryVariables>`
  query RejectedPostings($code: String!, $year: Int!) {
    village(code: $code) {
      code
      rejectedPostings(year: $year) {
        settlementId
        idNumber
        name
        status
        reason
        collective
        recordedAt
        recordedBy
        resettlement {
          settlementId
          status
        }
      }
    }
  }
`;
