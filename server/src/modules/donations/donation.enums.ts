/** The donation module's enums, registered with type-graphql. */
import { DONATION_ORDERS, type DonationOrder, type DonationSource } from '@cunce/rules';
import { registerEnumType } from 'type-graphql';
import type { Channel } from './donation.access.js';
import { DONOR_KINDS, type DonorKind } from './donor.entity.js';

const enumObject = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const DonorKindEnum = enumObject<DonorKind>(DONOR_KINDS);
registerEnumType(DonorKindEnum, {
  name: 'DonorKind',
  description: '捐赠方类别：企业、慈善组织、个人',
  valuesConfig: {
    ENTERPRISE: { description: 'An enterprise (企业); needs a unified social credit code' },
    CHARITY: { description: 'A charitable organisation (慈善组织); needs a unified social credit code' },
    INDIVIDUAL: { description: 'A private person (个人)' },
  },
});

export const DonationOrderEnum = enumObject<DonationOrder>(DONATION_ORDERS);
registerEnumType(DonationOrderEnum, {
  name: 'DonationOrder',
  description: '资助池分配顺序：花名册顺序、年长者优先、年轻者优先、身份证号顺序（出生日期相同按身份证号）',
  valuesConfig: {
    ROSTER: { description: 'Roster order (花名册顺序)' },
    OLDEST_FIRST: { description: 'Oldest first (年长者优先)' },
    YOUNGEST_FIRST: { description: 'Youngest first (年轻者优先)' },
    ID_NUMBER: { description: 'By ID number (身份证号顺序)' },
  },
});

export const DonationSourceEnum = enumObject<DonationSource>(['ROSTER', 'GIFT', 'POOL']);
registerEnumType(DonationSourceEnum, {
  name: 'DonationSource',
  description: '资助来源：花名册登记的资助（无登记的捐赠方）、定向资助、资助池',
  valuesConfig: {
    ROSTER: { description: 'Donation entered on the roster without a recorded donor (花名册登记)' },
    GIFT: { description: 'A gift to one member (定向资助)' },
    POOL: { description: 'A pool shared by members who qualify (资助池)' },
  },
});

export const DonationChannelEnum = enumObject<Channel>(['CHARITY', 'DIRECT']);
registerEnumType(DonationChannelEnum, {
  name: 'DonationChannel',
  description: '经慈善组织，或直接资助',
  valuesConfig: {
    CHARITY: { description: 'Through a charitable organisation (经慈善组织)' },
    DIRECT: { description: 'Directly from the donor (直接资助)' },
  },
});

export const ALLOCATION_STATUSES = ['PENDING', 'DRAFT', 'FINAL'] as const;
export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];
export const AllocationStatusEnum = enumObject<AllocationStatus>(ALLOCATION_STATUSES);
registerEnumType(AllocationStatusEnum, {
  name: 'AllocationStatus',
  description: 'PENDING：尚未结算；DRAFT：只在结算草稿中（未定）；FINAL：在已确认（或已受理）的结算中',
  valuesConfig: {
    PENDING: { description: 'Not settled yet (尚未结算)' },
    DRAFT: { description: 'Only in a draft settlement, not final (草稿)' },
    FINAL: { description: 'In a confirmed or accepted settlement (已确认)' },
  },
});
