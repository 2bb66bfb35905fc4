import { gql } from '@urql/vue';
import type {
  AddTownshipMutation,
  AddTownshipMutationVariables,
  AddVillageMutation,
  AddVillageMutationVariables,
  CorrectVillageCodeMutation,
  CorrectVillageCodeMutationVariables,
  DivisionsQuery,
  DivisionsQueryVariables,
} from './generated';

/** The divisions as the administrator edits them: villages with their former (provisional) codes. */

export type AdminCounty = DivisionsQuery['counties'][number];
export type AdminVillage = AdminCounty['townships'][number]['villages'][number];

const VILLAGE = 'code name provisional formerCodes';

export const DIVISIONS = gql<DivisionsQuery, DivisionsQueryVariables>`
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

export const ADD_TOWNSHIP = gql<AddTownshipMutation, AddTownshipMutationVariables>`
  mutation AddTownship($countyCode: String!, $code: String!, $name: String!, $provisional: Boolean!) {
    addTownship(countyCode: $countyCode, code: $code, name: $name, provisional: $provisional) {
      code
      name
    }
  }
`;
