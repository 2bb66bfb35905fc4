/** The reform page's model: the draft kept in the browser, the table's tree, changes computed in fen. */
import { fromYuan, toYuan, type Fen } from '@cunce/rules';
import type { PolicyYearData } from '../graphql/policy';
import type { ReformFigures, ReformRow } from '../graphql/reform';

const KEY = 'cunce.reform.draft';

/** The draft the administrator is editing (never published: it lives in this browser until run). */
export function savedDraft(): PolicyYearData | null {
  try {
    const text = localStorage.getItem(KEY);
    return text ? (JSON.parse(text) as PolicyYearData) : null;
  } catch {
    return null;
  }
}

export function saveDraft(draft: PolicyYearData): void {
  localStorage.setItem(KEY, JSON.stringify(draft));
}

/** A draft for `year` starting from the base year's figures. */
export function draftFrom(base: PolicyYearData, year: number): PolicyYearData {
  return { ...draftInput(base), year };
}

/** The fields PolicyYearInput takes, and nothing else (figures read from the server carry `__typename`). */
export function draftInput(p: PolicyYearData): PolicyYearData {
  return {
    year: p.year,
    tiers: p.tiers.map((t) => ({ amount: t.amount, governmentSubsidy: t.governmentSubsidy, hardshipOnly: t.hardshipOnly })),
    hardshipTierCategories: [...p.hardshipTierCategories],
    backPayEarnsSubsidy: p.backPayEarnsSubsidy,
  };
}

/** after − before in yuan, computed in fen (no floating-point drift). */
export function change(before: number, after: number): number {
  return toYuan(((fromYuan(after) ?? 0) - (fromYuan(before) ?? 0)) as Fen);
}

export const MONEY_FIELDS: [keyof ReformFigures, string][] = [
  ['collective', '集体补助'],
  ['donation', '社会资助'],
  ['governmentSubsidy', '政府补贴'],
  ['accountCredit', '计入个人账户'],
];

export interface ReformTreeRow extends ReformRow {
  children?: ReformTreeRow[];
}

/** Counties → townships → villages, for a tree table. */
export function reformTree(rows: readonly ReformRow[]): ReformTreeRow[] {
  const byCode = new Map<string, ReformTreeRow>();
  const roots: ReformTreeRow[] = [];
  for (const row of rows) {
    const node: ReformTreeRow = { ...row, children: row.level === 'VILLAGE' ? undefined : [] };
    byCode.set(row.code, node);
    const parent = row.parentCode ? byCode.get(row.parentCode) : undefined;
    if (parent) parent.children!.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Yuan for screens, with a sign for a change ("+1,234.50", "−70.00"). */
export function yuan(n: number, signed = false): string {
  const text = Math.abs(n).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (!signed) return n < 0 ? `−${text}` : text;
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : '0.00';
}

/** A random id for a run, so that its progress can be asked for while it runs. */
export function runId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}
