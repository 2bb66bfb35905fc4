import { gql } from '@urql/vue';

export type PostingStatus = 'POSTED' | 'REJECTED';

export interface PostingSummary {
  members: number;
  posted: number;
  rejected: number;
  pending: number;
  collective: number;
  postedCollective: number;
  rejectedCollective: number;
  pendingCollective: number;
  reconciled: boolean;
}

export interface Posting {
  idNumber: string;
  status: PostingStatus;
  reason: string | null;
  collective: number;
  recordedAt: string;
  recordedBy: string;
}

export interface RejectedPosting extends Posting {
  settlementId: string;
  name: string | null;
  resettlement: { settlementId: string; status: 'DRAFT' | 'CONFIRMED' | 'ACCEPTED' } | null;
}

export interface PostingInput {
  idNumber: string;
  status: PostingStatus;
  reason?: string | null;
}

/** At most this many postings a call (the server's limit). */
export const POSTINGS_PER_CALL = 10_000;

const SUMMARY = 'members posted rejected pending collective postedCollective rejectedCollective pendingCollective reconciled';

export const SETTLEMENT_POSTINGS = gql<{ settlement: { id: string; posting: PostingSummary; postings: Posting[] } | null }, { id: string }>`
  query SettlementPostings($id: ID!) {
    settlement(id: $id) { id posting { ${SUMMARY} } postings { idNumber status reason collective recordedAt recordedBy } }
  }
`;

export const RECORD_POSTINGS = gql<
  { recordPostings: { recorded: number; unchanged: number } },
  { settlementId: string; postings: PostingInput[] }
>`
  mutation RecordPostings($settlementId: ID!, $postings: [PostingInput!]!) {
    recordPostings(settlementId: $settlementId, postings: $postings) {
      recorded
      unchanged
    }
  }
`;

export const REJECTED_POSTINGS = gql<
  { village: { code: string; rejectedPostings: RejectedPosting[] } | null },
  { code: string; year: number }
>`
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
