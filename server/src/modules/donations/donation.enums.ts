/** The donation module's enums, registered with type-graphql. */
import { DONATION_ORDERS, type DonationOrder, type DonationSource } from '@cunce/rules';
import { registerEnumType } from 'type-graphql';
import type { Channel } from './donation.access.js';
import { DONOR_KINDS, type DonorKind } from './donor.entity.js';

const enumObject = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const DonorKindEnum = enumObject<DonorKind>(DONOR_KINDS);
registerEnumType(DonorKindEnum, { name: 'DonorKind', description: '捐赠方类别：企业、慈善组织、个人' });

export const DonationOrderEnum = enumObject<DonationOrder>(DONATION_ORDERS);
registerEnumType(DonationOrderEnum, {
  name: 'DonationOrder',
  description: '资助池分配顺序：花名册顺序、年长者优先、年轻者优先、身份证号顺序（出生日期相同按身份证号）',
});

export const DonationSourceEnum = enumObject<DonationSource>(['ROSTER', 'GIFT', 'POOL']);
registerEnumType(DonationSourceEnum, {
  name: 'DonationSource',
  description: '资助来源：花名册登记的资助（无登记的捐赠方）、定向资助、资助池',
});

export const DonationChannelEnum = enumObject<Channel>(['CHARITY', 'DIRECT']);
registerEnumType(DonationChannelEnum, { name: 'DonationChannel', description: '经慈善组织，或直接资助' });

export const ALLOCATION_STATUSES = ['PENDING', 'DRAFT', 'FINAL'] as const;
export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];
export const AllocationStatusEnum = enumObject<AllocationStatus>(ALLOCATION_STATUSES);
registerEnumType(AllocationStatusEnum, {
  name: 'AllocationStatus',
  description: 'PENDING：尚未结算；DRAFT：只在结算草稿中（未定）；FINAL：在已确认（或已受理）的结算中',
});
