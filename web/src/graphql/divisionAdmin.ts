import { gql } from '@urql/vue';
import type {
  AddVillageMutation,
  AddVillageMutationVariables,
  CorrectVillageCodeMutation,
  CorrectVillageCodeMutationVariables,
} from './generated';
import type { CountyNode, VillageNode } from './divisions';

/** The divisions as the administrator edits them: villages with their former (provisional) codes. */

export interface AdminVillage extends VillageNode {
  formerCodes: string[];
}
export type AdminCounty = Omit<CountyNode, 'townships'> & {
  city: string;
  townships: { code: string; name: string; provisional: boolean; villages: AdminVillage[] }[];
};

const VILLAGE = 'code name provisional formerCodes';

export const DIVISIONS = gql<{ counties: AdminCounty[] }>`
  query Divisions { counties { code name city townships { code name provisional villages { ${VILLAGE} } } } }
`;

export const ADD_VILLAGE = gql<AddVillageMutation, AddVillageMutationVariables>`
  mutation AddVillage($townshipCode: String!, $code: String!, $name: String!, $provisional: Boolean!) {
    addVillage(townshipCode: $townshipCode, code: $code, name: $name, provisional: $provisional) { ${VILLAGE} }
  }
`;

export const CORRECT_VILLAGE_CODE = gql<CorrectVillageCodeMutation, CorrectVillageCodeMutationVariables>`
  mutation CorrectVillageCode($code: String!, $newCode: String!) {
    correctVillageCode(code: $code, newCode: $newCode) { ${VILLAGE} }
  }
`;

export const ADD_TOWNSHIP = gql<
  { addTownship: { code: string; name: string } },
  { countyCode: string; code: string; name: string; provisional: boolean }
>`
  mutation AddTownship($countyCode: String!, $code: String!, $name: String!, $provisional: Boolean!) {
    addTownship(countyCode: $countyCode, code: $code, name: $name, provisional: $provisional) {
      code
      name
    }
  }
`;
