import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Donor, DonorKind } from './donor.entity.js';
import { DonorKindEnum } from './donation.enums.js';

@ObjectType('Donor', { description: '捐赠方（企业、慈善组织、个人）' })
export class DonorType {
  @Field(() => ID, { description: 'Donor id' })
  id!: string;

  @Field(() => DonorKindEnum, { description: 'Enterprise, charity or individual' })
  kind!: DonorKind;

  @Field(() => String, { description: 'Name (名称或姓名)' })
  name!: string;

  @Field(() => String, { description: 'Contact person, telephone, ...', nullable: true })
  contact!: string | null;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  creditCode!: string | null;

  @Field(() => String, { nullable: true, description: '登记区域：县或村代码；为空表示全区' })
  areaCode!: string | null;

  @Field(() => String, { description: '6-digit county the donor is recorded in; null for region-wide donors', nullable: true })
  countyCode!: string | null;

  @Field(() => Int, { description: '每次修改加1；修改时可作 expectedVersion' })
  version!: number;

  @Field(() => Date, { description: 'When the donor was recorded' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the donor last changed' })
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
