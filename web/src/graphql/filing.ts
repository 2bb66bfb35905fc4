import { gql } from '@urql/vue';
import type {
  AcknowledgeFilingMutation,
  AcknowledgeFilingMutationVariables,
  RecordDecisionStepMutation,
  RecordDecisionStepMutationVariables,
  ResumeSchemeMutation,
  ResumeSchemeMutationVariables,
  ReturnFilingMutation,
  ReturnFilingMutationVariables,
  SubmitFilingMutation,
  SubmitFilingMutationVariables,
  SuspendSchemeMutation,
  SuspendSchemeMutationVariables,
  WithdrawDecisionStepMutation,
  WithdrawDecisionStepMutationVariables,
} from './generated';

/** The decision and filing mutations (API.md); each returns the scheme, reloaded by the page afterwards. */

export const WITHDRAW_DECISION_STEP = gql<WithdrawDecisionStepMutation, WithdrawDecisionStepMutationVariables>`
  mutation WithdrawDecisionStep($schemeId: ID!) {
    withdrawDecisionStep(schemeId: $schemeId) {
      id
      status
    }
  }
`;

export const RECORD_DECISION_STEP = gql<RecordDecisionStepMutation, RecordDecisionStepMutationVariables>`
  mutation RecordDecisionStep(
    $schemeId: ID!
    $step: DecisionStep!
    $date: String!
    $note: String
    $attendance: AttendanceInput
    $votes: VotesInput
    $settlementId: ID
  ) {
    recordDecisionStep(
      schemeId: $schemeId
      step: $step
      date: $date
      note: $note
      attendance: $attendance
      votes: $votes
      settlementId: $settlementId
    ) {
      id
      status
    }
  }
`;

export const SUBMIT_FILING = gql<SubmitFilingMutation, SubmitFilingMutationVariables>`
  mutation SubmitFiling($schemeId: ID!) {
    submitFiling(schemeId: $schemeId) {
      id
      status
    }
  }
`;

export const ACKNOWLEDGE_FILING = gql<AcknowledgeFilingMutation, AcknowledgeFilingMutationVariables>`
  mutation AcknowledgeFiling($schemeId: ID!) {
    acknowledgeFiling(schemeId: $schemeId) {
      id
      status
    }
  }
`;

export const RETURN_FILING = gql<ReturnFilingMutation, ReturnFilingMutationVariables>`
  mutation ReturnFiling($schemeId: ID!, $reason: String!) {
    returnFiling(schemeId: $schemeId, reason: $reason) {
      id
      status
    }
  }
`;

export const SUSPEND_SCHEME = gql<SuspendSchemeMutation, SuspendSchemeMutationVariables>`
  mutation SuspendScheme($schemeId: ID!, $reason: String!, $effectiveDate: String!) {
    suspendScheme(schemeId: $schemeId, reason: $reason, effectiveDate: $effectiveDate) {
      id
      status
    }
  }
`;

export const RESUME_SCHEME = gql<ResumeSchemeMutation, ResumeSchemeMutationVariables>`
  mutation ResumeScheme($schemeId: ID!) {
    resumeScheme(schemeId: $schemeId) {
      id
      status
    }
  }
`;
