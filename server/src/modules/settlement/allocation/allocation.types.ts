import { fenToYuan, type DonationSource } from '@cunce/rules';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DonationSourceEnum } from '../../donations/donation.enums.js';
import type { DonationAllocation } from './donationAllocation.entity.js';
import { DonorType } from '../../donations/donor.types.js';

/** The donor of the roster's own donation (MemberInput.donation), which names none. */
export const ROSTER_DONOR_NAME = '花名册登记的资助';

@ObjectType('DonationAllocation', { description: '结算中某一来源给某人的资助：计入个人账户的（applied）与退回捐赠方的（returned）' })
export class AllocationType {
  @Field(() => String, { description: '身份证号，按查看权限遮掩' })
  idNumber!: string;

  @Field(() => String, { description: 'Name of the member', nullable: true })
  name!: string | null;

  @Field(() => DonationSourceEnum, { description: 'Roster entry, gift or pool' })
  source!: DonationSource;

  @Field(() => ID, { nullable: true, description: '定向资助的编号（来源为 GIFT；资助已删除时为空）' })
  giftId!: string | null;

  @Field(() => ID, { nullable: true, description: '资助池的编号（来源为 POOL；资助池已删除时为空）' })
  poolId!: string | null;

  @Field(() => ID, { nullable: true, description: '捐赠方编号；花名册登记的资助为空' })
  donorId!: string | null;

  @Field(() => String, { description: 'Name of the donor, or 花名册登记 for roster donations' })
  donorName!: string;

  @Field(() => Float, { description: 'Credited to the member’s account, in yuan' })
  applied!: number;

  @Field(() => Float, { description: 'Returned to the donor, in yuan' })
  returned!: number;

  /** Expects the donor loaded. */
  static from(a: DonationAllocation, showId: (id: string) => string): AllocationType {
    return Object.assign(new AllocationType(), {
      idNumber: showId(a.idNumber),
      name: a.name,
      source: a.source,
      giftId: a.gift ? String(a.gift.id) : null,
      poolId: a.pool ? String(a.pool.id) : null,
      donorId: a.donor ? String(a.donor.id) : null,
      donorName: a.donor?.name ?? ROSTER_DONOR_NAME,
      applied: fenToYuan(a.appliedFen),
      returned: fenToYuan(a.returnedFen),
    });
  }
}

@ObjectType('DonationByDonor', { description: '结算中某捐赠方的资助合计：given = applied + returned' })
export class DonorTotalType {
  @Field(() => DonorType, { nullable: true, description: '为空：花名册登记的资助（未登记捐赠方）' })
  donor!: DonorType | null;

  @Field(() => String, { description: 'Name of the donor, or 花名册登记 for roster donations' })
  donorName!: string;

  @Field(() => Float, { description: 'applied + returned, in yuan' })
  given!: number;

  @Field(() => Float, { description: '计入个人账户' })
  applied!: number;

  @Field(() => Float, { description: '超过上限或受助人未当年缴费，退回捐赠方' })
  returned!: number;

  /** One total per donor, the roster's gifts first, then by donor id (recorded order); expects donors loaded. */
  static list(rows: readonly DonationAllocation[]): DonorTotalType[] {
    const sums = new Map<number, { row: DonationAllocation; applied: number; returned: number }>();
    for (const r of rows) {
      const key = r.donor?.id ?? 0;
      const s = sums.get(key) ?? { row: r, applied: 0, returned: 0 };
      s.applied += r.appliedFen;
      s.returned += r.returnedFen;
      sums.set(key, s);
    }
    return [...sums.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, s]) =>
        Object.assign(new DonorTotalType(), {
          donor: s.row.donor ? DonorType.from(s.row.donor) : null,
          donorName: s.row.donor?.name ?? ROSTER_DONOR_NAME,
          given: fenToYuan(s.applied + s.returned),
          applied: fenToYuan(s.applied),
          returned: fenToYuan(s.returned),
        }),
      );
  }
}
