import { gql } from '@urql/vue';
import type {
  ImportRosterFileMutation,
  ImportRosterFileMutationVariables,
  RosterTemplateQuery,
  RosterTemplateQueryVariables,
  SettlementExportQuery,
  SettlementExportQueryVariables,
} from './generated';

/** Excel in and out (server/src/modules/excel): the roster template, a roster file's import, the 花名册 export. */

export type FileDownload = RosterTemplateQuery['rosterTemplate'];

/** One problem of an imported file, where the cadre finds it in the sheet (`extensions.rows` of the refusal). */
export interface FileRowIssue {
  row: number;
  column: string;
  field: string;
  idNumber: string;
  code: string;
  message: string;
}

export type { ExportFormat } from './generated';

export const ROSTER_TEMPLATE = gql<RosterTemplateQuery, RosterTemplateQueryVariables>`
  query RosterTemplate($villageCode: String!, $year: Int!) {
    rosterTemplate(villageCode: $villageCode, year: $year) {
      fileName
      mimeType
      base64
    }
  }
`;

export const IMPORT_ROSTER_FILE = gql<ImportRosterFileMutation, ImportRosterFileMutationVariables>`
  mutation ImportRosterFile($villageCode: String!, $year: Int!, $fileBase64: String!, $fileName: String!, $replace: Boolean) {
    importRosterFile(villageCode: $villageCode, year: $year, fileBase64: $fileBase64, fileName: $fileName, replace: $replace) {
      imported
      updated
      removed
    }
  }
`;

export const SETTLEMENT_EXPORT = gql<SettlementExportQuery, SettlementExportQueryVariables>`
  query SettlementExport($settlementId: ID!, $format: ExportFormat!) {
    settlementExport(settlementId: $settlementId, format: $format) {
      fileName
      mimeType
      base64
    }
  }
`;
