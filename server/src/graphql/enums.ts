/** Enums shared by several modules, registered with type-graphql under API.md's names. */
import { HARDSHIP_CATEGORIES, type Hardship, type PaymentType } from '@cunce/rules';
import { registerEnumType } from 'type-graphql';

export function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const HardshipEnum = enumObject<Hardship>(HARDSHIP_CATEGORIES);
registerEnumType(HardshipEnum, { name: 'Hardship', description: '困难群体类别' });

export const PAYMENT_TYPES: readonly PaymentType[] = ['CURRENT', 'BACK_PAY', 'LUMP_SUM'];
export const PaymentTypeEnum = enumObject<PaymentType>(PAYMENT_TYPES);
registerEnumType(PaymentTypeEnum, { name: 'PaymentType', description: '缴费类型：当年缴费、补缴、一次性缴费' });
