import { DONATION_ORDER_LABELS, yuanToFen, type TopCondition } from '@cunce/rules';
import type { User } from '../graphql/auth';
import type { Channel, DonorKind } from '../graphql/donations';
import type { AllocationStatus, StatementTotals } from '../graphql/donationStatement';

/** Words and checks of the donations page (社会资助); the server decides in the end. */

export const DONOR_KIND_LABELS: Record<DonorKind, string> = { ENTERPRISE: '企业', CHARITY: '慈善组织', INDIVIDUAL: '个人' };
export const CHANNEL_LABELS: Record<Channel, string> = { CHARITY: '经慈善组织', DIRECT: '直接资助' };
export const SOURCE_LABELS: Record<'ROSTER' | 'GIFT' | 'POOL', string> = { ROSTER: '花名册登记', GIFT: '定向资助', POOL: '资助池' };
export const ALLOCATION_STATUS_LABELS: Record<AllocationStatus, string> = {
  PENDING: '未结算',
  DRAFT: '结算草稿（未定）',
  FINAL: '已确认结算',
};
export { DONATION_ORDER_LABELS };

/** The donor kinds a user may record: a cadre records individuals and enterprises, 县民政 charities too. */
export function recordableKinds(user: User | null): DonorKind[] {
  return user?.role === 'VILLAGE_CADRE' ? ['INDIVIDUAL', 'ENTERPRISE'] : ['CHARITY', 'ENTERPRISE', 'INDIVIDUAL'];
}

/** Whether the user records pools for several villages of a county (a cadre: its own village only, directly). */
export const recordsForCounty = (user: User | null): boolean => user?.role === 'CIVIL_AFFAIRS' || user?.role === 'REGION_ADMIN';

/** The county whose villages the user works with (null: the region administrator picks one). */
export function countyOf(user: User | null): string | null {
  return user?.role === 'REGION_ADMIN' || !user?.areaCode ? null : user.areaCode.slice(0, 6);
}

/** An empty group means "every member paying for the year": sent as null, as the server stores it. */
export function conditionToSend(condition: TopCondition): TopCondition | null {
  const children = 'all' in condition ? condition.all : 'any' in condition ? condition.any : null;
  return children !== null && children.length === 0 ? null : condition;
}

/** given = applied + returned + unallocated, to the fen (no float additions). */
export function reconciles(t: StatementTotals): boolean {
  const fen = (y: number) => yuanToFen(y) ?? NaN;
  return fen(t.given) === fen(t.applied) + fen(t.returned) + fen(t.unallocated);
}

/** Σ of a money field in fen, back to yuan. */
export function sumYuan<T>(list: readonly T[], f: (x: T) => number): number {
  return list.reduce((s, x) => s + (yuanToFen(f(x)) ?? 0), 0) / 100;
}
