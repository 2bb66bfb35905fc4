import { fenToYuan } from '@cunce/rules';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Channel } from './donation.access.js';
import { DonationChannelEnum } from './donation.enums.js';
import { DonationVillageType, donationFields } from './donation.types.js';
import type { DonationGift } from './donationGift.entity.js';
import { DonorType } from './donor.types.js';

@ObjectType('DonationGift', { description: '定向资助' })
export class GiftType {
  @Field(() => ID, { description: 'Gift id' })
  id!: string;

  @Field(() => DonorType, { description: 'The donor' })
  donor!: DonorType;

  @Field(() => DonorType, { nullable: true, description: '经由的慈善组织' })
  charity!: DonorType | null;

  @Field(() => DonationChannelEnum, { description: 'Through a charity or direct' })
  channel!: Channel;

  @Field(() => DonationVillageType, { description: 'The member’s village' })
  village!: DonationVillageType;

  @Field(() => Int, { description: 'Scheme year' })
  year!: number;

  @Field(() => String, { description: '身份证号，按查看权限遮掩' })
  idNumber!: string;

  @Field(() => String, { description: 'Name of the member', nullable: true })
  name!: string | null;

  @Field(() => Float, { description: 'Amount, in yuan' })
  amount!: number;

  @Field(() => String, { description: 'Date received (YYYY-MM-DD)', nullable: true })
  receivedOn!: string | null;

  @Field(() => String, { description: 'Free note', nullable: true })
  note!: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking (expectedVersion)' })
  version!: number;

  @Field(() => Date, { description: 'When it was recorded' })
  createdAt!: Date;

  @Field(() => String, { description: 'Username of who recorded it' })
  createdBy!: string;

  /** Expects donor, charity, village and createdBy loaded. */
  static from(g: DonationGift, showId: (id: string) => string): GiftType {
    return Object.assign(new GiftType(), donationFields(g), {
      village: DonationVillageType.from(g.village),
      idNumber: showId(g.idNumber),
      name: g.name,
      amount: fenToYuan(g.amountFen),
      receivedOn: g.receivedOn,
    });
  }
}

/** What the audit log keeps of a gift (the ID number whole: the log masks it for readers who may not see it). */
export function giftSnapshot(g: DonationGift) {
  return {
    id: g.id,
    donor: g.donor.id,
    charity: g.charity?.id ?? null,
    village: g.village.code,
    year: g.year,
    idNumber: g.idNumber,
    amountFen: g.amountFen,
    receivedOn: g.receivedOn,
    note: g.note,
    version: g.version,
  };
}
