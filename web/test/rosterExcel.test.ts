import { describe, expect, test } from 'vitest';
import { mount } from '@vue/test-utils';
import RosterExcelIssues from '../src/components/roster/RosterExcelIssues.vue';
import type { FileRowIssue } from '../src/graphql/excel';
import { base64ToBytes, bytesToBase64, isRosterFile } from '../src/model/files';
import { fileIssueRows, importCounts } from '../src/model/rosterFile';
import { settle } from './support/mountEditor';

/** Problems as the server's importRosterFile reports them (excel.parse.ts cellMessage: “第N行“列”：reason”). */
const issue = (row: number, column: string, reason: string, idNumber = ''): FileRowIssue => ({
  row,
  column,
  field: '',
  idNumber,
  code: 'X',
  message: column ? `第${row}行“${column}”：${reason}` : `第${row}行：${reason}`,
});

describe('roster from Excel', () => {
  test('bytes go to base64 and back unchanged, also past one chunk', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
  });

  test('only .xlsx and .csv files are sent', () => {
    expect(['花名册.xlsx', 'a.CSV', '花名册.xls', 'a.xlsx.txt'].map(isRosterFile)).toEqual([true, true, false, false]);
  });

  test('each problem keeps its row and column, the reason without the repeated place', () => {
    expect(fileIssueRows([issue(3, '缴费档次', '应填数字，现为“三百”', '640121196803021029'), issue(1, '', '找不到表头')])).toEqual([
      { row: 3, column: '缴费档次', idNumber: '640121196803021029', reason: '应填数字，现为“三百”' },
      { row: 1, column: '', idNumber: '', reason: '找不到表头' },
    ]);
  });

  test('the refused file shows every bad row in a table', async () => {
    const issues = [
      issue(3, '是否集体经济组织成员', '应填“是”或“否”，现为“也许”'),
      issue(4, '缴费档次', '应填数字，现为“三百”'),
      issue(6, '缴费类型', '“补交”不是缴费类型'),
    ];
    const wrapper = mount(RosterExcelIssues, { props: { issues }, attachTo: document.body });
    await settle();
    expect(wrapper.text()).toContain('文件中有 3 处问题，整个文件未导入');
    const rows = wrapper.findAll('.el-table__body tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(rows).toEqual([
      ['3', '是否集体经济组织成员', '', '应填“是”或“否”，现为“也许”'],
      ['4', '缴费档次', '', '应填数字，现为“三百”'],
      ['6', '缴费类型', '', '“补交”不是缴费类型'],
    ]);
  });

  test('the counts say what was removed only when the file replaces the roster', () => {
    expect(importCounts({ imported: 3, updated: 2, removed: 0 }, false)).toBe('新增 3 人，更新 2 人');
    expect(importCounts({ imported: 3, updated: 2, removed: 1 }, true)).toBe('新增 3 人，更新 2 人，移除 1 人');
  });
});
