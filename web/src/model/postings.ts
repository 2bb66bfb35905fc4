import type { PostingInput } from '../graphql/posting';

export interface RejectionLine {
  /** 1-based line number in the pasted text. */
  line: number;
  idNumber: string;
  reason: string;
}

/**
 * Rejections pasted from a spreadsheet or typed, one a line: the ID number, then the reason (separated by a
 * tab, comma or spaces). Blank lines are skipped; a line without a reason keeps an empty reason (the server
 * names it).
 */
export function parseRejections(text: string): RejectionLine[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ raw: raw.trim(), line: i + 1 }))
    .filter((l) => l.raw !== '')
    .map(({ raw, line }) => {
      const [idNumber = '', ...rest] = raw.split(/[\t,，]+|\s+/);
      return { line, idNumber: idNumber.toUpperCase(), reason: rest.join(' ').trim() };
    });
}

/**
 * What to send: the pasted rejections, and (when `postRest`) every other member still pending as posted,
 * in chunks the server accepts.
 */
export function postingBatches(pending: readonly string[], rejections: readonly RejectionLine[], postRest: boolean, perCall: number): PostingInput[][] {
  const rejected = new Set(rejections.map((r) => r.idNumber));
  const rows: PostingInput[] = [
    ...rejections.map((r) => ({ idNumber: r.idNumber, status: 'REJECTED' as const, reason: r.reason })),
    ...(postRest ? pending.filter((id) => !rejected.has(id)).map((idNumber) => ({ idNumber, status: 'POSTED' as const })) : []),
  ];
  const batches: PostingInput[][] = [];
  for (let i = 0; i < rows.length; i += perCall) batches.push(rows.slice(i, i + perCall));
  return batches;
}
