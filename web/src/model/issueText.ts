import { BUILT_IN_FACTS } from '@cunce/rules';
import { FIELD_WORDS } from './diff';

/**
 * The rules package names a field in its messages as the Chinese label followed by the JSON name in brackets,
 * "每人补助上限（personCap）", for people who edit the JSON. Cadres edit the form, so the editor shows the label
 * alone; a JSON name that has no label before it is replaced by its label. Brackets holding anything else (a
 * rule's own id, "（true）") stay as they are.
 */

const MEMBER_FIELDS: Record<string, string> = {
  idNumber: '身份证号',
  name: '姓名',
  isCollectiveMember: '集体经济组织成员',
  contribution: '缴费档次',
  paymentType: '缴费类型',
  proxyPaid: '政府代缴',
  hardship: '困难类别',
  contributionYears: '已缴费年限',
  householdElderly: '家庭60周岁以上人数',
  householdChildren: '家庭16周岁以下人数',
  donation: '社会资助',
  priorCredit: '本年度已记入的补助和资助',
  custom: '村自定义项目',
};

/** Names of the API's own arguments that the server's messages bracket after their label. */
const API_FIELDS: Record<string, string> = {
  creditCode: '统一社会信用代码',
  contact: '联系方式',
  note: '备注',
  areaCode: '区域代码',
  countyCode: '县（区）代码',
  villageCodes: '村',
  village: '村',
  charityId: '捐赠方',
  donorId: '捐赠方',
  settlementId: '结算',
  userId: '用户',
  currentPassword: '当前密码',
  newPassword: '新密码',
  password: '密码',
  username: '用户名',
  fileName: '文件名',
  step: '步骤',
  condition: '条件',
  amount: '金额',
  reason: '理由',
  effectiveDate: '生效日期',
};

const FACT_LABELS = Object.fromEntries(BUILT_IN_FACTS.map((f) => [f.name, f.label]));

/** JSON field name → the Chinese word the editor's form uses for it. */
export const JSON_FIELD_LABELS: Record<string, string> = {
  ...FIELD_WORDS,
  ...MEMBER_FIELDS,
  ...FACT_LABELS,
  eligible: '是否享受',
  reasons: '原因',
  ruleIds: '规则编号',
  enum: '枚举',
  ...API_FIELDS,
};

/** A JSON name in full-width brackets, with the character before it (a label ends in Han script or a closing quote). */
const BRACKETED_NAME = /(\p{Script=Han}|[”」』）])?（([A-Za-z][A-Za-z0-9]*)）/gu;

export function readableMessage(message: string): string {
  return message.replace(BRACKETED_NAME, (whole, before: string | undefined, name: string) => {
    if (!Object.hasOwn(JSON_FIELD_LABELS, name)) return whole;
    return before ?? `（${JSON_FIELD_LABELS[name]}）`;
  });
}

/**
 * A member row's issue in one line: the row once (the rules package's messages start with "第N行", counted from
 * 1 in the list sent; `firstRow` 2 counts the pasted sheet's rows under its header), the ID number, the message.
 */
export function rowIssueText(r: { index: number; idNumber: string; message: string }, firstRow = 1): string {
  const body = readableMessage(r.message).replace(/^第\d+行/, '');
  const head = `第${r.index + firstRow}行${r.idNumber ? ` ${r.idNumber}` : ''}`;
  if (body.startsWith('：')) return head + body;
  return body.startsWith('“') ? `${head} ${body}` : `${head}：${body}`;
}
