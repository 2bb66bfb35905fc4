import type { FactDeclaration, Member, PolicyYear, RowIssue } from './types.js';
import { checkRow } from './members/row.js';
import { RowIssues } from './members/rowIssue.js';

export interface MemberCheckOptions {
  year: number;
  policy: PolicyYear;
  /** Not used by the checks: `UNDER_AGE` is always judged on 31 December (RULESET.md). */
  ageAsOf?: string;
  facts?: FactDeclaration[];
  /** `simulate` fills `isCollectiveMember` (true) and `paymentType` (CURRENT); `import` requires both. */
  mode: 'simulate' | 'import';
}

export interface MemberCheckResult {
  /** The members with defaults applied, in input order; empty when there is any error (the roster is refused). */
  members: Member[];
  errors: RowIssue[];
  warnings: RowIssue[];
}

/**
 * Checks a roster (RULESET.md "Member input and bad rows"): every fault of every row is reported, one
 * issue per fault. Never throws.
 */
export function checkMembers(inputs: readonly unknown[], opts: MemberCheckOptions): MemberCheckResult {
  const rows = Array.isArray(inputs) ? inputs : [];
  const ctx = { year: opts.year, policy: opts.policy, facts: opts.facts ?? [], mode: opts.mode };
  const members: Member[] = [];
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const firstIndex = new Map<string, number>();
  rows.forEach((raw, index) => {
    const { member, issues } = checkRow(raw, index, ctx);
    if (issues.idNumber && issues.errors.every((e) => e.field !== 'idNumber' || e.code === 'UNDER_AGE')) {
      noteDuplicate(issues, firstIndex);
    }
    errors.push(...issues.errors);
    warnings.push(...issues.warnings);
    if (member && issues.errors.length === 0) members.push(member);
  });
  return { members: errors.length > 0 ? [] : members, errors, warnings };
}

function noteDuplicate(issues: RowIssues, firstIndex: Map<string, number>): void {
  const first = firstIndex.get(issues.idNumber);
  if (first === undefined) {
    firstIndex.set(issues.idNumber, issues.index);
    return;
  }
  issues.error('idNumber', 'DUPLICATE_ID_NUMBER', `与第${first + 1}行（序号${first}）的身份证号重复，同一人只能出现一次，请删除重复的行`);
}
