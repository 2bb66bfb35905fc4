import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Donor, DonorKind } from './donor.entity.js';
import { DonorKindEnum } from './donation.enums.js';

@ObjectType('Donor', { description: '捐赠方（企业、慈善组织、个人）' })
export class DonorType {
  @Field(() => ID)
  id!: string;

  @Field(() => DonorKindEnum)
  kind!: DonorKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  contact!: string | null;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  creditCode!: string | null;

  @Field(() => String, { nullable: true, description: '登记区域：县或村代码；为空表示全区' })
  areaCode!: string | null;

  @Field(() => String, { nullable: true })
  countyCode!: string | null;

  @Field(() => Int, { description: '每次修改加1；修改时可作 expectedVersion' })
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  static from(d: Donor): DonorType {
    return Object.assign(new DonorType(), {
      id: String(d.id),
      kind: d.kind,
      name: d.name,
      contact: d.contact,
      creditCode: d.creditCode,
      areaCode: d.areaCode,
      countyCode: d.countyCode,
      version: d.version,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    });
  }
}

/** What the audit log keeps of a donor. */
export function donorSnapshot(d: Donor) {
  return { id: d.id, kind: d.kind, name: d.name, contact: d.contact, creditCode: d.creditCode, areaCode: d.areaCode, version: d.version };
}
