import type { RosterRow } from '../graphql/roster';

/**
 * Why the roster tab is read-only for this reader, or null when they may import, edit and remove: only the
 * village's cadres change it, and only with ID numbers shown whole (a masked number cannot be sent back).
 */
export function rosterReadOnly(canEdit: boolean, masked: boolean): string | null {
  if (!canEdit) return '只读：花名册由本村村干部导入和修改。身份证号已遮掩，只显示前6位和后4位。';
  if (masked) return '只读：您看到的身份证号已遮掩，不能在此修改或移除成员；请由本村村干部修改，或重新导入花名册。';
  return null;
}

/** Why one row cannot be changed, or '' when it can. */
export function rowLocked(row: RosterRow): string {
  return row.settled ? '已在本年度确认的结算中，不能修改或移除；如有误，请经办机构退回后更正并补充结算' : '';
}
