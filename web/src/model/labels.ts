/** Chinese words for the codes the screens show (the codes stay English inside); the domain's own come from the rules package. */
import { NO_SCHEME_LABEL, SCHEME_STATUS_LABELS } from '@cunce/rules';

/** A scheme's status, and NONE for a village year without a scheme. */
export const STATUS_LABELS: Record<string, string> = { ...SCHEME_STATUS_LABELS, NONE: NO_SCHEME_LABEL };

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

export {
  REASON_LABELS,
  HIT_POLICY_LABELS,
  AGE_AS_OF_LABELS,
  FUND_SOURCE_LABELS,
  GENDER_LABELS,
  SETTLEMENT_STATUS_LABELS,
} from '@cunce/rules';
