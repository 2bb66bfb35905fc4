import type { FileRowIssue } from '../graphql/excel';
import { readableMessage } from './issueText';

/**
 * A refused roster file's problems as the table shows them: the sheet's row and column, and the reason alone
 * (the server's message repeats row and column in front of it).
 */
export interface FileIssueRow {
  row: number;
  column: string;
  idNumber: string;
  reason: string;
}

export function fileIssueRows(issues: readonly FileRowIssue[]): FileIssueRow[] {
  return issues.map((i) => ({
    row: i.row,
    column: i.column,
    idNumber: i.idNumber,
    reason: readableMessage(i.message.replace(/^第\d+行(“[^”]*”)?：/, '')),
  }));
}

/** The import's counts in words: "新增 3 人，更新 2 人，移除 1 人". */
export function importCounts(r: { imported: number; updated: number; removed: number }, replace: boolean): string {
  return `新增 ${r.imported} 人，更新 ${r.updated} 人${replace ? `，移除 ${r.removed} 人` : ''}`;
}
