/** Chinese words for the codes the screens show (the codes stay English inside). */

export const STATUS_LABELS: Record<string, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待备案',
  FILED: '已备案',
  SUSPENDED: '已暂停',
  NONE: '未制定',
};

export const STATUS_TAG_TYPES: Record<string, 'info' | 'warning' | 'success' | 'danger' | 'primary'> = {
  DRAFT: 'info',
  SUBMITTED: 'warning',
  FILED: 'success',
  SUSPENDED: 'danger',
  NONE: 'info',
};

export const HIT_POLICY_SHORT: Record<string, string> = { MAX: '取最高', SUM: '累加', FIRST: '取第一条' };

export const SECTION_KIND_LABELS: Record<string, string> = {
  TIER: '按缴费档次',
  AGE: '按年龄（一老一小）',
  HARDSHIP: '困难群体',
  CUSTOM: '自定义条件',
};

export { REASON_LABELS, HIT_POLICY_LABELS, AGE_AS_OF_LABELS, FUND_SOURCE_LABELS, GENDER_LABELS } from '@cunce/rules';
