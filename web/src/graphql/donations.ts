import { gql } from '@urql/vue';
import type {
  CreateDonorMutation,
  CreateDonorMutationVariables,
  DeleteDonorMutation,
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
import type { DonationOrder, TopCondition } from '@cunce/rules';
import { PAGE_FIELDS, type Connection } from './paging';

/** Social donations (社会资助): donors, gifts to named members, pools, and what settlements allocated. */

export type DonorKind = 'ENTERPRISE' | 'CHARITY' | 'INDIVIDUAL';
export type Channel = 'CHARITY' | 'DIRECT';

export interface Donor {
  id: string;
  kind: DonorKind;
  name: string;
  contact: string | null;
  creditCode: string | null;
  areaCode: string | null;
  version: number;
}
export interface DonorInput {
  kind: DonorKind;
  name: string;
  contact: string | null;
  creditCode: string | null;
  areaCode?: string | null;
}
export interface DonationVillage {
  code: string;
  name: string;
}
export interface Gift {
  id: string;
  donor: Pick<Donor, 'id' | 'name' | 'kind'>;
  charity: Pick<Donor, 'id' | 'name'> | null;
  channel: Channel;
  village: DonationVillage;
  year: number;
  idNumber: string;
  name: string | null;
  amount: number;
  receivedOn: string | null;
  note: string | null;
  version: number;
  createdBy: string;
}
export interface GiftInput {
  donorId: string;
  charityId: string | null;
  villageCode: string;
  year: number;
  idNumber: string;
  amount: number;
  receivedOn: string | null;
  note: string | null;
}
export interface Pool {
  id: string;
  donor: Pick<Donor, 'id' | 'name' | 'kind'>;
  charity: Pick<Donor, 'id' | 'name'> | null;
  channel: Channel;
  year: number;
  villages: DonationVillage[];
  label: string | null;
  amount: number;
  perMember: number;
  condition: TopCondition | null;
  order: DonationOrder;
  note: string | null;
  version: number;
  createdBy: string;
  usedFinal: number;
  usedDraft: number;
  left: number;
}
export interface PoolInput {
  donorId: string;
  charityId: string | null;
  year: number;
  villageCodes: string[];
  label: string | null;
  amount: number;
  perMember: number;
  condition: TopCondition | null;
  order: DonationOrder;
  note: string | null;
}

export const DONOR = 'id kind name contact creditCode areaCode version';
const GIVERS = 'donor { id name kind } charity { id name } channel';
export const GIFT = `id ${GIVERS} village { code name } year idNumber name amount receivedOn note version createdBy`;
export const POOL = `id ${GIVERS} year villages { code name } label amount perMember condition order note version createdBy usedFinal usedDraft left`;

export const DONORS = gql<{ donorsConnection: Connection<Donor> }, { search: string | null; first: number; after: string | null }>`
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

export const POOLS = gql<
  { donationPoolsConnection: Connection<Pool> },
  { year: number; countyCode: string | null; first: number; after: string | null }
>`
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
