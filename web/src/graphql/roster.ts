import { gql } from '@urql/vue';
import type { MemberInput } from '@cunce/rules';

export const IMPORT_MEMBERS = gql<
  { importMembers: { imported: number; updated: number; removed: number } },
  { villageCode: string; year: number; members: MemberInput[]; replace: boolean }
>`
  mutation ImportMembers($villageCode: String!, $year: Int!, $members: [MemberInput!]!, $replace: Boolean) {
    importMembers(villageCode: $villageCode, year: $year, members: $members, replace: $replace) {
      imported
      updated
      removed
    }
  }
`;
