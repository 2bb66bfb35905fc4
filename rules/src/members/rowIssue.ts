import type { RowIssue } from '../types.js';

/** Chinese names of the `MemberInput` fields, for messages. */
export const FIELD_LABELS: Record<string, string> = {
  idNumber: '身份证号',
  name: '姓名',
  isCollectiveMember: '是否集体经济组织成员',
  contribution: '缴费档次',
  paymentType: '缴费类型',
  proxyPaid: '是否政府代缴',
  hardship: '困难类别',
  contributionYears: '已缴费年限',
  householdElderly: '家庭60周岁以上人数',
  householdChildren: '家庭16周岁以下人数',
  donation: '社会资助',
  priorCredit: '本年度已在别处记入的集体补助和资助',
  custom: '村自定义项目',
};

/** Collects the issues of one row; every message names the row (1-based), the field and the fix. */
export class RowIssues {
  readonly errors: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];
  idNumber = '';

  constructor(readonly index: number) {}

  error(field: string, code: string, text: string): void {
    this.errors.push(this.issue(field, code, text));
  }

  warn(field: string, code: string, text: string): void {
    this.warnings.push(this.issue(field, code, text));
  }

  private issue(field: string, code: string, text: string): RowIssue {
    const label = fieldLabel(field);
    const where = field ? `第${this.index + 1}行“${label}”（${field}）` : `第${this.index + 1}行`;
    return { index: this.index, idNumber: this.idNumber, field, code, message: `${where}：${text}` };
  }
}

function fieldLabel(field: string): string {
  const [head, rest] = field.split('.', 2) as [string, string | undefined];
  if (head === 'custom' && rest) return rest;
  return Object.hasOwn(FIELD_LABELS, head) ? FIELD_LABELS[head]! : field;
}

/** A value as a reader sees it in a message. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `“${value}”`;
  if (value === undefined) return '空';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
