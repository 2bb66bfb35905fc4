import { describe, expect, test } from 'vitest';
import type { RosterRow } from '../src/graphql/roster';
import { fieldErrors, formOf, inputOf } from '../src/model/memberForm';
import { rosterReadOnly, rowLocked } from '../src/model/rosterAccess';

const row = {
  id: '7',
  idNumber: '640121197001010031',
  name: '王秀兰',
  isCollectiveMember: true,
  contribution: null,
  paymentType: 'CURRENT',
  proxyPaid: false,
  hardship: ['MINIMUM_LIVING'],
  contributionYears: 3,
  householdElderly: 1,
  householdChildren: 0,
  donation: 12.5,
  priorCredit: 0,
  custom: { 户主: '是' },
  updatedAt: '2025-03-01T00:00:00.000Z',
  practice: false,
  settled: false,
} as RosterRow;

describe('the edit dialog’s form of one member', () => {
  test('round-trips a member: nothing paid stays null, money in yuan, the village’s own facts kept', () => {
    expect(inputOf(formOf(row), row.custom)).toEqual({
      input: {
        idNumber: '640121197001010031',
        name: '王秀兰',
        isCollectiveMember: true,
        contribution: null,
        paymentType: 'CURRENT',
        proxyPaid: false,
        hardship: ['MINIMUM_LIVING'],
        contributionYears: 3,
        householdElderly: 1,
        householdChildren: 0,
        donation: 12.5,
        priorCredit: 0,
        custom: { 户主: '是' },
      },
    });
  });

  test('money that is not a number of yuan is refused at its field before anything is sent', () => {
    expect(inputOf({ ...formOf(row), contribution: '五百' }, null)).toEqual({
      errors: { contribution: '请填写金额（元，最多两位小数），现为“五百”' },
    });
  });

  test("the server's row issues become one message a field, without the field's own name in front", () => {
    const rows = [
      { field: 'contribution', code: 'NOT_A_TIER', message: '“缴费档次”（contribution）：250元不是2025年的缴费档次' },
      { field: 'idNumber', code: 'BAD_CHECKSUM', message: '第1行“身份证号”（idNumber）：身份证号校验位错误' },
      { field: 'custom', code: 'X', message: '“村自定义项目”（custom）：不认识' },
    ];
    expect(fieldErrors(rows, ['idNumber', 'contribution'])).toEqual({
      contribution: '250元不是2025年的缴费档次',
      idNumber: '身份证号校验位错误',
    });
    expect(fieldErrors(undefined, ['idNumber'])).toEqual({});
  });
});

describe('who may change the roster', () => {
  test('officers read it; masked ID numbers cannot be edited; settled members are locked with the way out', () => {
    expect(rosterReadOnly(false, true)).toMatch(/^只读：花名册由本村村干部导入和修改/);
    expect(rosterReadOnly(true, true)).toMatch(/已遮掩/);
    expect(rosterReadOnly(true, false)).toBeNull();
    expect(rowLocked({ ...row, settled: true })).toMatch(/经办机构退回后更正并补充结算/);
    expect(rowLocked(row)).toBe('');
  });
});
