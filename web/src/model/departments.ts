import type { ReceiptData } from '../graphql/scheme';

/** The departments that receive a filing, as the receipts name them. */
export const DEPARTMENT_LABELS: Record<ReceiptData['department'], string> = {
  TOWNSHIP: '乡镇（街道）',
  COUNTY_HRSS: '县（区）人社部门',
  COUNTY_AGRICULTURE: '县（区）农业农村部门',
};
