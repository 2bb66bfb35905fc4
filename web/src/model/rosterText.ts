import { HARDSHIP_LABELS, PAYMENT_TYPE_LABELS, type Hardship, type MemberInput, type PaymentType } from '@cunce/rules';

/**
 * A roster pasted from a spreadsheet (tab- or comma-separated, a header row first). Columns are recognised by
 * their Chinese headers; a cell is read as written and left for the server's row checks to judge.
 */
const COLUMNS: Record<string, keyof MemberInput> = {
  身份证号: 'idNumber',
  公民身份号码: 'idNumber',
  姓名: 'name',
  集体经济组织成员: 'isCollectiveMember',
  集体成员: 'isCollectiveMember',
  缴费档次: 'contribution',
  个人缴费: 'contribution',
  缴费类型: 'paymentType',
  政府代缴: 'proxyPaid',
  困难类别: 'hardship',
  已缴费年限: 'contributionYears',
  家庭60周岁以上人数: 'householdElderly',
  家庭16周岁以下人数: 'householdChildren',
  社会资助: 'donation',
  已计入资助: 'priorCredit',
};
export const ROSTER_HEADERS = ['身份证号', '姓名', '集体经济组织成员', '缴费档次', '缴费类型', '政府代缴', '困难类别'];

const byLabel = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [v, k]));
const HARDSHIP_BY_LABEL = byLabel(HARDSHIP_LABELS);
const PAYMENT_BY_LABEL: Record<string, string> = { ...byLabel(PAYMENT_TYPE_LABELS), 补缴: 'BACK_PAY', 当年: 'CURRENT' };
const yes = (v: string) => /^(是|Y|y|true|1)$/.test(v);

export interface ParsedRoster {
  members: MemberInput[];
  problems: string[];
}

export function parseRoster(text: string): ParsedRoster {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length === 0) return { members: [], problems: ['没有内容'] };
  const sep = lines[0]!.includes('\t') ? '\t' : ',';
  const header = lines[0]!.split(sep).map((h) => h.trim());
  const keys = header.map((h) => COLUMNS[h]);
  const problems = header.filter((h, i) => !keys[i]).map((h) => `不认识的列“${h}”，已忽略`);
  if (!keys.includes('idNumber')) return { members: [], problems: ['第一行应为表头，且含“身份证号”列'] };
  const members = lines.slice(1).map((line) => {
    const m: Record<string, unknown> = {};
    line.split(sep).forEach((raw, i) => {
      const key = keys[i];
      const v = raw.trim();
      if (!key || v === '') return;
      if (key === 'isCollectiveMember' || key === 'proxyPaid') m[key] = yes(v);
      else if (key === 'paymentType') m[key] = (PAYMENT_BY_LABEL[v] ?? v) as PaymentType;
      else if (key === 'hardship')
        m[key] = v
          .split(/[、,，;；]/)
          .map((x) => (HARDSHIP_BY_LABEL[x.trim()] ?? x.trim()) as Hardship)
          .filter(Boolean);
      else if (key === 'idNumber' || key === 'name') m[key] = v;
      else m[key] = Number(v);
    });
    m.isCollectiveMember ??= true;
    m.paymentType ??= 'CURRENT';
    if (!('contribution' in m)) m.contribution = null;
    return m as unknown as MemberInput;
  });
  return { members, problems };
}
