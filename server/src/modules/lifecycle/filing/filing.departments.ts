import type { Department } from '../../reference/user/department.js';
import type { ReceiptKind } from './filingReceipt.entity.js';

export const DEPARTMENT_LABELS: Record<Department, string> = {
  TOWNSHIP: '乡镇',
  COUNTY_HRSS: '县人社部门',
  COUNTY_AGRICULTURE: '县农业农村部门',
};

/** The departments whose receipts a filing (all three) or a suspension (the county's two) needs. */
export function receiptsNeeded(kind: ReceiptKind): readonly Department[] {
  return kind === 'FILING' ? ['TOWNSHIP', 'COUNTY_HRSS', 'COUNTY_AGRICULTURE'] : ['COUNTY_HRSS', 'COUNTY_AGRICULTURE'];
}
