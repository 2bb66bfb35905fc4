/**
 * Importing a roster file: read, map cells, check every row with the rules package and report each problem by
 * sheet row and column header; only a clean file reaches importMembers (the same service, transaction and audit
 * as the `importMembers` mutation).
 */
import { checkMembers, type PolicySource, type RowIssue } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { assertMemberCount } from '../../../limits/limits.js';
import { BadUserInput } from '../../../errors.js';
import type { Village } from '../../reference/division/village.entity.js';
import { importMembers, type ImportCounts } from '../../lifecycle/roster/roster.service.js';
import { findPaying } from '../../lifecycle/scheme/scheme.paying.js';
import type { User } from '../../reference/user/user.entity.js';
import { rosterColumns } from './excel.columns.js';
import { cellMessage, parseRows, type FileRowIssue, type ParsedFile } from './excel.parse.js';
import { readSheet } from './excel.read.js';

export interface FileImport {
  village: Village;
  year: number;
  file: Buffer;
  fileName: string;
  replace: boolean;
}

export async function importRosterFile(em: Em, user: User, policies: PolicySource, req: FileImport): Promise<ImportCounts> {
  const ruleSet = (await findPaying(em, req.village, req.year))?.version.ruleSet;
  const columns = rosterColumns(ruleSet?.facts);
  const parsed = parseRows(await readSheet(req.file, req.fileName), columns);
  assertMemberCount(parsed.rows.length);
  const inputs = parsed.rows.map((r) => r.input);
  const policy = policies(req.year);
  if (policy) {
    const checked = checkMembers(inputs, { year: req.year, policy, ageAsOf: ruleSet?.ageAsOf, facts: ruleSet?.facts, mode: 'import' });
    const header = new Map(columns.map((c) => [c.field, c.header]));
    parsed.issues.push(...checked.errors.filter((e) => !alreadyReported(parsed, e)).map((e) => toFileIssue(parsed, e, header)));
  }
  if (parsed.issues.length) {
    const issues = parsed.issues.sort((a, b) => a.row - b.row);
    throw new BadUserInput(`文件中有${issues.length}处错误，未导入任何成员；请按提示（第几行、哪一列）逐一更正后重新导入`, {
      rows: issues,
    });
  }
  return importMembers(em, user, policies, { village: req.village, year: req.year, rows: inputs, replace: req.replace });
}

/** A field left out because its cell could not be read is reported once, as the cell's problem. */
function alreadyReported(parsed: ParsedFile, e: RowIssue): boolean {
  const row = parsed.rows[e.index]?.row;
  return parsed.issues.some((i) => i.row === row && i.field === e.field);
}

function toFileIssue(parsed: ParsedFile, e: RowIssue, header: Map<string, string>): FileRowIssue {
  const row = parsed.rows[e.index]?.row ?? 0;
  const column = header.get(e.field) ?? e.field;
  let reason = e.message.replace(/^第\d+行(“[^”]*”（[^）]*）)?：/, '');
  if (e.code === 'DUPLICATE_ID_NUMBER') {
    const first = parsed.rows.find((r) => String(r.input.idNumber ?? '').toUpperCase() === e.idNumber.toUpperCase());
    reason = `与第${first?.row ?? '?'}行的身份证号重复，同一人只能出现一次，请删除重复的行`;
  }
  return { row, column, field: e.field, idNumber: e.idNumber, code: e.code, message: cellMessage(row, column, reason) };
}
