import { gql } from '@urql/vue';
import type { CountyNamesQuery, CountyNamesQueryVariables } from './generated';

/** The region's counties for a county picker (without their townships and villages). */
export const COUNTY_NAMES = gql<CountyNamesQuery, CountyNamesQueryVariables>`
  query CountyNames {
    counties {
      code
      name
    }
  }
`;
