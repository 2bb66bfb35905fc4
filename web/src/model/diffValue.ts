/**
 * A value in a diff or an audit entry, in words: statuses, roles, steps and other codes by their Chinese labels
 * (the rules package's, where they are domain words), yes/no, and objects as "名称：值；…" instead of JSON.
 */
import {
  AGE_AS_OF_LABELS,
  DECISION_STEP_LABELS,
  FUND_SOURCE_LABELS,
  HARDSHIP_LABELS,
  OPERATOR_LABELS,
  PAYMENT_TYPE_LABELS,
  REASON_LABELS,
  SCHEME_STATUS_LABELS,
  SETTLEMENT_STATUS_LABELS,
} from '@cunce/rules';
import { ROLE_LABELS } from './access';
import { DEPARTMENT_LABELS } from './departments';
import { HIT_POLICY_SHORT } from './labels';

/** The labels for the values of a field, by the field's JSON name. */
const VALUE_LABELS: Record<string, Readonly<Record<string, string>>> = {
  status: { ...SCHEME_STATUS_LABELS, ...SETTLEMENT_STATUS_LABELS },
  role: ROLE_LABELS,
  department: DEPARTMENT_LABELS,
  step: DECISION_STEP_LABELS,
  hitPolicy: HIT_POLICY_SHORT,
  ageAsOf: AGE_AS_OF_LABELS,
  fundSource: FUND_SOURCE_LABELS,
  operator: OPERATOR_LABELS,
  paymentType: PAYMENT_TYPE_LABELS,
  hardship: HARDSHIP_LABELS,
  reasons: REASON_LABELS,
  kind: { TIER: '按缴费档次', AGE: '按年龄', HARDSHIP: '困难群体', CUSTOM: '自定义条件', FILING: '备案', SUSPENSION: '暂停' },
  outcome: { ACKNOWLEDGED: '已签收', RETURNED: '已退回' },
};

const MAX = 160;

/** `v` in words; `field` is the JSON name it stands under (its codes are labelled), `words` names nested fields. */
export function valueWords(v: unknown, field: string | undefined, words: Record<string, string>): string {
  const text = wordsOf(v, field, words);
  return text.length > MAX ? text.slice(0, MAX - 1) + '…' : text;
}

function wordsOf(v: unknown, field: string | undefined, words: Record<string, string>): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'string') return (field && VALUE_LABELS[field]?.[v]) ?? v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map((x) => wordsOf(x, field, words)).join('、') || '无';
  return Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined && x !== null)
    .map(([k, x]) => `${words[k] ?? k}：${wordsOf(x, k, words)}`)
    .join('；');
}
