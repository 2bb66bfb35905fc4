import { Field, ObjectType } from 'type-graphql';
import type { Village } from '../reference/division/village.entity.js';
import { channelOf } from './donation.access.js';
import type { DonationGift } from './donationGift.entity.js';
import type { DonationPool } from './donationPool.entity.js';
import { DonorType } from './donor.types.js';

/** A village as donations show it (code and name only: 县民政 reads no more of a village). */
@ObjectType('DonationVillage', { description: 'A village as named in donation records' })
export class DonationVillageType {
  @Field(() => String, { description: '12-digit village code' })
  code!: string;

  @Field(() => String, { description: 'Village name' })
  name!: string;

  static from(v: Village): DonationVillageType {
    return Object.assign(new DonationVillageType(), { code: v.code, name: v.name });
  }
}

/** The fields a gift and a pool show alike: who gives, through whom, the year, and the record's note, version and author. */
export function donationFields(d: DonationGift | DonationPool) {
  return {
    id: String(d.id),
    donor: DonorType.from(d.donor),
    charity: d.charity ? DonorType.from(d.charity) : null,
    channel: channelOf(d.donor, d.charity),
    year: d.year,
    note: d.note,
    version: d.version,
    createdAt: d.createdAt,
    createdBy: d.createdBy.username,
  };
}
