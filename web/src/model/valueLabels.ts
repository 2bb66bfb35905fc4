import { HARDSHIP_LABELS, PAYMENT_TYPE_LABELS } from '@cunce/rules';
import { GENDER_LABELS } from './labels';

/** The Chinese word for a fact's value (enum codes of the built-in facts; anything else as it is). */
export function valueLabel(fact: string, value: unknown): string {
  if (value === true) return '是';
  if (value === false) return '否';
  const v = String(value);
  if (fact === 'gender') return GENDER_LABELS[v] ?? v;
  if (fact === 'paymentType') return PAYMENT_TYPE_LABELS[v] ?? v;
  if (fact === 'hardship') return HARDSHIP_LABELS[v] ?? v;
  if (Array.isArray(value)) return value.map((x) => valueLabel(fact, x)).join('、');
  return v;
}
