import { describe, expect, test } from 'vitest';
import { acceptSettlementWords, acknowledgeWords, confirmSettlementWords, submitFilingWords } from '../src/model/confirmWords';
import { readOnlyNotice } from '../src/model/readOnlyNotice';
import { diffRuleSets, shownValue } from '../src/model/diff';
import { readableMessage } from '../src/model/issueText';

const totals = { members: 36, eligible: 30, collective: 2400 } as Parameters<typeof confirmSettlementWords>[0];

describe('asking once more', () => {
  test('confirming a settlement names the people, the amount and that it cannot be undone', () => {
    const w = confirmSettlementWords(totals, false);
    expect(w.message).toMatch(/为 30 人发放集体补助共 2,400 元（花名册 36 人），动用村集体资金/);
    expect(w.message).toMatch(/不能撤销/);
    expect(w.button).toBe('确认动用 2,400 元');
    expect(acceptSettlementWords(totals).message).toMatch(/30 人的集体补助共 2,400 元.*受理后不能撤销/);
  });

  test('submitting and acknowledging say what locks and what follows', () => {
    expect(submitFilingWords(2).message).toMatch(/第 2 版补助标准锁定，不能再修改，也不能撤回/);
    expect(acknowledgeWords('FILING', '乡镇（街道）', 2).message).toMatch(/您代表乡镇（街道）签收第 2 版.*不能撤回/);
    expect(acknowledgeWords('SUSPENSION', '县（区）人社部门', 2).message).toMatch(/停止发放集体补助/);
  });
});

describe('the read-only notice', () => {
  const base = { canEdit: true, status: 'DRAFT', coveredBy: null, version: 2 };
  test('is absent while the cadre can edit', () => expect(readOnlyNotice(base)).toBeNull());
  test('tells the village cadre why a submitted standard is locked and how it reopens', () => {
    const notice = readOnlyNotice({ ...base, status: 'SUBMITTED' })!;
    expect(notice).toMatch(/第 2 版已报送备案.*期间不能修改.*退回后即可修改/);
    expect(notice).not.toMatch(/本村村干部/);
  });
  test('tells others that the village cadre edits', () =>
    expect(readOnlyNotice({ ...base, canEdit: false })).toMatch(/修改由本村村干部进行/));
});

describe('values in a diff or the audit log', () => {
  test('statuses, roles and steps by their labels, objects without JSON', () => {
    const [change] = diffRuleSets({ status: 'CONFIRMED' }, { status: 'ACCEPTED' });
    expect([shownValue(change!.before, change!.field), shownValue(change!.after, change!.field)]).toEqual([
      '村集体已确认',
      '经办机构已受理',
    ]);
    expect(shownValue({ step: 'PARTY_BRANCH_PROPOSAL', date: '2025-01-06' })).toBe('步骤：村党组织提议；日期：2025-01-06');
    expect(shownValue('VILLAGE_CADRE', 'role')).toBe('村干部');
    expect(shownValue({ label: '缴费200元及以上', amount: { fixed: 20 } })).not.toMatch(/[{}"]/);
  });
  test('an API field name after its label is left out of a server message', () =>
    expect(readableMessage('统一社会信用代码校验位不对（creditCode）')).toBe('统一社会信用代码校验位不对'));
});
