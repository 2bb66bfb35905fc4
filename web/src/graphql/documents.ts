import { gql } from '@urql/vue';
import type {
  AttachDocumentMutation,
  AttachDocumentMutationVariables,
  RemoveDocumentMutation,
  RemoveDocumentMutationVariables,
} from './generated';

/** A document kept for a decision step (server: StepDocument); `url` is downloaded with the bearer token. */
export type StepDocumentData = AttachDocumentMutation['attachDocument'];

export const DOCUMENT_FIELDS = 'id step version fileName mimeType size uploadedBy uploadedAt url';

export const ATTACH_DOCUMENT = gql<AttachDocumentMutation, AttachDocumentMutationVariables>`
  mutation AttachDocument($schemeId: ID!, $step: DecisionStep!, $fileName: String!, $contentBase64: String!) {
    attachDocument(schemeId: $schemeId, step: $step, fileName: $fileName, contentBase64: $contentBase64) { ${DOCUMENT_FIELDS} }
  }
`;

export const REMOVE_DOCUMENT = gql<RemoveDocumentMutation, RemoveDocumentMutationVariables>`
  mutation RemoveDocument($documentId: ID!) {
    removeDocument(documentId: $documentId)
  }
`;
