import { Field, ObjectType } from 'type-graphql';
import type { Village } from '../division/village.entity.js';

/** A village as donations show it (code and name only: 县民政 reads no more of a village). */
@ObjectType('DonationVillage')
export class DonationVillageType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  static from(v: Village): DonationVillageType {
    return Object.assign(new DonationVillageType(), { code: v.code, name: v.name });
  }
}
