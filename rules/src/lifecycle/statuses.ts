/**
 * The statuses of a village's scheme and of a settlement (API.md), with the one Chinese name of each that the
 * server's messages and the editor's screens show (the enums' descriptions in API.md).
 */
export const SCHEME_STATUSES = ['DRAFT', 'SUBMITTED', 'FILED', 'SUSPENDED'] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];

export const SCHEME_STATUS_LABELS: Readonly<Record<SchemeStatus, string>> = {
  DRAFT: '草稿',
  SUBMITTED: '已报送待备案',
  FILED: '已备案',
  SUSPENDED: '已暂停',
};

/** A village year without a scheme yet, where a status would stand. */
export const NO_SCHEME_LABEL = '未制定';

export const SETTLEMENT_STATUSES = ['DRAFT', 'CONFIRMED', 'ACCEPTED'] as const;
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number];

export const SETTLEMENT_STATUS_LABELS: Readonly<Record<SettlementStatus, string>> = {
  DRAFT: '草稿',
  CONFIRMED: '村集体已确认',
  ACCEPTED: '经办机构已受理',
};
