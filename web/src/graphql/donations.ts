import { gql } from '@urql/vue';
import type {
  CreateDonorMutation,
  CreateDonorMutationVariables,
  DeleteDonorMutation,
  DonationChannel,
  DonationPoolsQuery,
  DonationPoolsQueryVariables,
  DonorsQuery,
  DonorsQueryVariables,
  DeleteDonorMutationVariables,
  DeleteGiftMutation,
  DeleteGiftMutationVariables,
  DeletePoolMutation,
  DeletePoolMutationVariables,
  RecordGiftMutation,
  RecordGiftMutationVariables,
  RecordPoolMutation,
  RecordPoolMutationVariables,
  UpdateDonorMutation,
  UpdateDonorMutationVariables,
  UpdateGiftMutation,
  UpdateGiftMutationVariables,
  UpdatePoolMutation,
  UpdatePoolMutationVariables,
} from './generated';
import type { TopCondition } from '@cunce/rules';
import { PAGE_FIELDS } from './paging';

/** Social donations (社会资助): donors, gifts to named members, pools, and what settlements allocated. */

export type { DonorKind, DonorInput, GiftInput, PoolInput } from './generated';
export type Channel = DonationChannel;

export type Donor = DonorsQuery['donorsConnection']['nodes'][number];
export type DonationVillage = Gift['village'];
export type Gift = RecordGiftMutation['recordGift'];
/** A pool; its condition is the rules' condition (JSON in the contract). */
export type Pool = Omit<DonationPoolsQuery['donationPoolsConnection']['nodes'][number], 'condition'> & {
  condition: TopCondition | null;
};

export const DONOR = 'id kind name contact creditCode areaCode version';
const GIVERS = 'donor { id name kind } charity { id name } channel';
export const GIFT = `id ${GIVERS} village { code name } year idNumber name amount receivedOn note version createdBy`;
export const POOL = `id ${GIVERS} year villages { code name } label amount perMember condition order note version createdBy usedFinal usedDraft left`;

export const DONORS = gql<DonorsQuery, DonorsQueryVariables>`
  query Donors($search: String, $first: Int!, $after: String) {
    donorsConnection(search: $search, first: $first, after: $after) { nodes { ${DONOR} } ${PAGE_FIELDS} }
  }
`;
export const CREATE_DONOR = gql<CreateDonorMutation, CreateDonorMutationVariables>`
  mutation CreateDonor($input: DonorInput!) { createDonor(input: $input) { ${DONOR} } }
`;
export const UPDATE_DONOR = gql<UpdateDonorMutation, UpdateDonorMutationVariables>`
  mutation UpdateDonor($donorId: ID!, $input: DonorInput!, $expectedVersion: Int) { updateDonor(donorId: $donorId, input: $input, expectedVersion: $expectedVersion) { ${DONOR} } }
`;
export const DELETE_DONOR = gql<DeleteDonorMutation, DeleteDonorMutationVariables>`
  mutation DeleteDonor($donorId: ID!) {
    deleteDonor(donorId: $donorId)
  }
`;

export const RECORD_GIFT = gql<RecordGiftMutation, RecordGiftMutationVariables>`
  mutation RecordGift($input: GiftInput!) { recordGift(input: $input) { ${GIFT} } }
`;
export const UPDATE_GIFT = gql<UpdateGiftMutation, UpdateGiftMutationVariables>`
  mutation UpdateGift($giftId: ID!, $input: GiftInput!, $expectedVersion: Int) { updateGift(giftId: $giftId, input: $input, expectedVersion: $expectedVersion) { ${GIFT} } }
`;
export const DELETE_GIFT = gql<DeleteGiftMutation, DeleteGiftMutationVariables>`
  mutation DeleteGift($giftId: ID!) {
    deleteGift(giftId: $giftId)
  }
`;

export const POOLS = gql<DonationPoolsQuery, DonationPoolsQueryVariables>`
  query DonationPools($year: Int!, $countyCode: String, $first: Int!, $after: String) {
    donationPoolsConnection(year: $year, countyCode: $countyCode, first: $first, after: $after) { nodes { ${POOL} } ${PAGE_FIELDS} }
  }
`;
export const RECORD_POOL = gql<RecordPoolMutation, RecordPoolMutationVariables>`
  mutation RecordPool($input: PoolInput!) { recordPool(input: $input) { ${POOL} } }
`;
export const UPDATE_POOL = gql<UpdatePoolMutation, UpdatePoolMutationVariables>`
  mutation UpdatePool($poolId: ID!, $input: PoolInput!, $expectedVersion: Int) { updatePool(poolId: $poolId, input: $input, expectedVersion: $expectedVersion) { ${POOL} } }
`;
export const DELETE_POOL = gql<DeletePoolMutation, DeletePoolMutationVariables>`
  mutation DeletePool($poolId: ID!) {
    deletePool(poolId: $poolId)
  }
`;
