/** The roster file's columns: Chinese header ↔ MemberInput field, and how a cell is read. */
import type { FactDeclaration } from '@cunce/rules';

export type CellKind = 'text' | 'id' | 'yesNo' | 'money' | 'count' | 'paymentType' | 'hardship' | 'factNumber' | 'factText';

export interface RosterColumn {
  header: string;
  /** The MemberInput field, or `custom.<fact>` for a village's own fact. */
  field: string;
  kind: CellKind;
  note: string;
  width: number;
}

export const BUILT_IN_COLUMNS: readonly RosterColumn[] = [
  { header: '姓名', field: 'name', kind: 'text', note: '', width: 10 },
  { header: '身份证号', field: 'idNumber', kind: 'id', note: '18位，必填；请按文本填写', width: 22 },
  { header: '是否集体经济组织成员', field: 'isCollectiveMember', kind: 'yesNo', note: '是/否，必填', width: 12 },
  { header: '缴费档次', field: 'contribution', kind: 'money', note: '元；未缴费留空', width: 10 },
  { header: '缴费类型', field: 'paymentType', kind: 'paymentType', note: '当年缴费/以往年度补缴/一次性补缴，必填', width: 14 },
  {
    header: '困难类别',
    field: 'hardship',
    kind: 'hardship',
    note: '可填多个，用“；”或“、”分隔，照填写说明中的名称填写；无则留空',
    width: 16,
  },
  { header: '是否政府代缴', field: 'proxyPaid', kind: 'yesNo', note: '是/否，留空为否', width: 10 },
  { header: '已缴费年限', field: 'contributionYears', kind: 'count', note: '年，不含本年', width: 10 },
  { header: '家庭60周岁以上人数', field: 'householdElderly', kind: 'count', note: '', width: 10 },
  { header: '家庭16周岁以下人数', field: 'householdChildren', kind: 'count', note: '', width: 10 },
  { header: '社会资助', field: 'donation', kind: 'money', note: '元', width: 10 },
  { header: '本年度已在别处记入的集体补助和资助', field: 'priorCredit', kind: 'money', note: '元', width: 16 },
];

/** The built-in columns followed by one column per fact the village's rule set declares. */
export function rosterColumns(facts: readonly FactDeclaration[] = []): RosterColumn[] {
  const own = facts.map((f): RosterColumn => ({
    header: f.label,
    field: `custom.${f.name}`,
    kind: f.type === 'boolean' ? 'yesNo' : f.type === 'number' ? 'factNumber' : 'factText',
    note: f.type === 'enum' ? `本村自定义：${(f.values ?? []).join('/')}` : f.type === 'boolean' ? '本村自定义：是/否' : '本村自定义',
    width: 14,
  }));
  return [...BUILT_IN_COLUMNS, ...own];
}
