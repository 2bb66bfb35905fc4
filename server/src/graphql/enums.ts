/** Enums shared by several modules, registered with type-graphql under API.md's names. */
import { HARDSHIP_CATEGORIES, type Hardship, type PaymentType } from '@cunce/rules';
import { registerEnumType } from 'type-graphql';

export function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const HardshipEnum = enumObject<Hardship>(HARDSHIP_CATEGORIES);
registerEnumType(HardshipEnum, {
  name: 'Hardship',
  description: '困难群体类别',
  valuesConfig: {
    MINIMUM_LIVING: { description: 'Recipients of minimum living allowance (低保对象)' },
    LOW_INCOME_MARGINAL: { description: 'Members of low-income marginal families (低保边缘家庭成员)' },
    DESTITUTE_SUPPORT: { description: 'Persons in destitute support (特困供养人员)' },
    POVERTY_MONITORING: { description: 'Persons monitored against (re)falling into poverty (防止返贫（致贫）监测对象)' },
    OUT_OF_POVERTY: { description: 'Persons lifted out of poverty (脱贫人口)' },
    SEVERE_DISABILITY: { description: 'Persons with severe disabilities (重度残疾人)' },
    DISABILITY_GRADE_3_4: {
      description: 'Persons with grade 3 or 4 intellectual, mental or visual disabilities (三、四级智力、精神、视力残疾人)',
    },
    OTHER_HARDSHIP: { description: 'Other hardship groups (其他困难群体)' },
  },
});

export const PAYMENT_TYPES: readonly PaymentType[] = ['CURRENT', 'BACK_PAY', 'LUMP_SUM'];
export const PaymentTypeEnum = enumObject<PaymentType>(PAYMENT_TYPES);
registerEnumType(PaymentTypeEnum, {
  name: 'PaymentType',
  description: '缴费类型：当年缴费、补缴、一次性缴费',
  valuesConfig: {
    CURRENT: { description: 'Contribution for the current year (当年缴费)' },
    BACK_PAY: { description: 'Back payment for earlier years (以往年度补缴)' },
    LUMP_SUM: { description: 'Lump-sum payment (一次性补缴)' },
  },
});
