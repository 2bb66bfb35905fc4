import { checkMembers } from '../members.js';
import type { FactDeclaration, PolicyYear, RowIssue } from '../types.js';
import type { Issues } from './issues.js';
import { pointer } from './issues.js';
import { testWhere } from './labels.js';
import type { Obj } from './shape.js';
import { isRecord, reportUnknownFields, shown, textField } from './shape.js';
import { checkExpect } from './testExpect.js';

export interface TestContext {
  year?: number;
  /** The first year's region policy; without it members are not checked (YEAR_NOT_CONFIGURED says why). */
  policy?: PolicyYear;
  ageAsOf?: string;
  facts: FactDeclaration[];
}

/**
 * `tests` (optional) is an array of `{ name, member, expect }` (BAD_FIELD for another field or a
 * non-array). Each case needs a name, a member that passes the roster checks of `checkMembers` in
 * simulate mode (its errors are BAD_TEST at `/tests/<i>/member/<field>`) and an `expect` naming only
 * outcome fields (testExpect.ts); else BAD_TEST.
 */
export function checkTests(issues: Issues, doc: Obj, ctx: TestContext): void {
  const tests = doc.tests;
  if (tests === undefined) return;
  if (!Array.isArray(tests)) {
    issues.error('/tests', 'BAD_FIELD', `测试用例（tests）应为列表，现为${shown(tests)}：请改为列表，没有请删除此项`);
    return;
  }
  tests.forEach((raw, index) => {
    const path = pointer('/tests', index);
    const where = testWhere(index);
    if (!isRecord(raw)) {
      issues.error(path, 'BAD_TEST', `${where}应为对象 { name, member, expect }，现为${shown(raw)}：请改正`);
      return;
    }
    reportUnknownFields(issues, raw, path, ['name', 'member', 'expect'], where);
    textField(issues, raw, 'name', path, { where, label: '名称', required: true, code: 'BAD_TEST' });
    checkMember(issues, raw.member, pointer(path, 'member'), where, ctx);
    if (isRecord(raw.expect)) checkExpect(issues, raw.expect, pointer(path, 'expect'), where);
    else
      issues.error(
        pointer(path, 'expect'),
        'BAD_TEST',
        `${where}的预期结果（expect）应为对象，现为${shown(raw.expect)}：请填写，例如 {"collective": 30}`,
      );
  });
}

function checkMember(issues: Issues, member: unknown, path: string, where: string, ctx: TestContext): void {
  if (!isRecord(member)) {
    issues.error(
      path,
      'BAD_TEST',
      `${where}的成员（member）应为对象，现为${shown(member)}：请填写，例如 {"idNumber": "…", "contribution": 500}`,
    );
    return;
  }
  if (ctx.year === undefined || !ctx.policy) return;
  const { errors } = checkMembers([member], {
    year: ctx.year,
    policy: ctx.policy,
    ageAsOf: ctx.ageAsOf,
    facts: ctx.facts,
    mode: 'simulate',
  });
  for (const row of errors) issues.error(memberPath(path, row), 'BAD_TEST', memberMessage(where, row));
}

/** `custom.landArea` → `/tests/0/member/custom/landArea`. */
function memberPath(path: string, row: RowIssue): string {
  return row.field === '' ? path : pointer(path, ...row.field.split('.'));
}

/** The roster message names the row ("第1行…"); here the row is the test case's member. */
function memberMessage(where: string, row: RowIssue): string {
  return `${where}的成员${row.message.replace(/^第\d+行/, '')}`;
}
