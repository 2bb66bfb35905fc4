/**
 * A reform simulation as rows of a workbook: the table county → township → village with both years and the change,
 * the standards' issues, the budgets. Text cells are made inert as the CSV export does (OWASP "CSV Injection"): text
 * starting with = + - @ TAB or CR gets a leading single quote, so no spreadsheet reads a village's name as a formula.
 */
import { toYuan, type ReformFigures } from '@cunce/rules';
import type { ReformResult, ReformRow } from './reform.result.js';

export type Cell = string | number;

export interface SheetPart {
  name: string;
  title: string;
  header: string[];
  rows: Cell[][];
  /** 0-based columns holding money (yuan, two decimals). */
  money: number[];
}

const LEVEL = { REGION: '全区', COUNTY: '县（区）', TOWNSHIP: '乡镇', VILLAGE: '村' } as const;
const FIGURES: [keyof ReformFigures, string][] = [
  ['paid', '获补助人数'],
  ['collective', '集体补助'],
  ['donation', '社会资助'],
  ['governmentSubsidy', '政府补贴'],
  ['accountCredit', '计入个人账户'],
];
const value = (f: ReformFigures, key: keyof ReformFigures) => (key === 'members' || key === 'paid' ? f[key] : toYuan(f[key]));

const NUMBER = /^-?\d+(\.\d+)?$/;
export function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

export function reformSheets(r: ReformResult): SheetPart[] {
  const title = `${r.scopeName} ${r.draftYear}年度政策草案测算（对比${r.baseYear}年度）`;
  const figureHeader = FIGURES.flatMap(([, label]) => [`${label}（基准）`, `${label}（草案）`, `${label}（变化）`]);
  const row = (x: ReformRow): Cell[] => [
    LEVEL[x.level],
    x.code,
    inert(x.name),
    x.villages,
    x.before.members,
    x.movedMembers,
    ...FIGURES.flatMap(([key]) => {
      const [b, a] = [value(x.before, key), value(x.after, key)];
      return [b, a, key === 'paid' ? a - b : toYuan((x.after[key] - x.before[key]) as never)];
    }),
    x.invalidVillages,
    x.overBudgetVillages,
  ];
  const money = FIGURES.flatMap(([key], i) => (key === 'paid' ? [] : [6 + i * 3, 7 + i * 3, 8 + i * 3]));
  return [
    {
      name: '测算',
      title,
      header: ['层级', '代码', '名称', '村数', '花名册人数', '调档人数', ...figureHeader, '标准无效村数', '超预算村数'],
      rows: [row(r.total), ...r.rows.map(row)],
      money,
    },
    {
      name: '标准问题',
      title: `${title}：草案使补助标准无效或需复核的规则`,
      header: ['县（区）', '乡镇', '村', '村代码', '程度', '规则', '代码', '原因'],
      rows: r.issues.map((i) => [
        inert(i.countyName),
        inert(i.townshipName),
        inert(i.villageName),
        i.villageCode,
        i.severity === 'ERROR' ? '无效' : '需复核',
        inert(i.ruleId ?? i.path),
        i.code,
        inert(i.message),
      ]),
      money: [],
    },
    {
      name: '预算',
      title: `${title}：超出预算的村`,
      header: ['县（区）', '乡镇', '村', '村代码', '预算', '超出时', '基准所需', '草案所需', '草案结果'],
      rows: r.budgets.map((b) => [
        inert(b.countyName),
        inert(b.townshipName),
        inert(b.villageName),
        b.villageCode,
        toYuan(b.budgetFen),
        b.overBudget === 'PRORATE' ? '按比例核减' : '不予确认',
        toYuan(b.before.wantedFen),
        toYuan(b.after.wantedFen),
        b.after.exceeded ? '超出预算，结算不能确认' : b.after.prorateFactor !== null ? `按${b.after.prorateFactor}核减` : '未超出',
      ]),
      money: [4, 6, 7],
    },
  ];
}
