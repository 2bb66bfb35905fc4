import { GENDER_LABELS, HARDSHIP_LABELS, PAYMENT_TYPE_LABELS } from '../facts.js';

/** The Chinese word for a fact's value (enum codes of the built-in facts; anything else as it is). */
export function valueWords(fact: string, value: unknown): string {
  if (value === true) return '是';
  if (value === false) return '否';
  if (Array.isArray(value)) return value.map((x) => valueWords(fact, x)).join('、');
  const v = String(value);
  if (fact === 'gender') return GENDER_LABELS[v] ?? v;
  if (fact === 'paymentType') return PAYMENT_TYPE_LABELS[v] ?? v;
  if (fact === 'hardship') return HARDSHIP_LABELS[v] ?? v;
  return v;
}
