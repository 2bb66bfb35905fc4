import type { DecisionStepName } from './decisionSteps';

/**
 * The printable notices (opened in a new tab, printed or saved as PDF from the browser) and when a step's documents
 * may still change: the server's rule (document.rules.ts), so the buttons show only where the server would agree.
 */
export function resolutionNoticePath(schemeId: string, version?: number | null): string {
  return `/print/resolution/${schemeId}${version ? `?version=${version}` : ''}`;
}

export function resultNoticePath(settlementId: string): string {
  return `/print/result/${settlementId}`;
}

export function openPrintable(path: string): void {
  window.open(path, '_blank', 'noopener');
}

/** The five steps' documents change while the scheme is a draft; the result disclosure's after the filing too. */
export function documentsOpen(step: DecisionStepName, status: string): boolean {
  return step === 'RESULT_DISCLOSED' || status === 'DRAFT';
}

/** "2025-03-01" → "2025年3月1日"; a timestamp is taken on the local day. */
export function chineseDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  if (value instanceof Date || value.length > 10) {
    const d = new Date(value);
    return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** The accepted files, for the file picker and the check before sending. */
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx';
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
