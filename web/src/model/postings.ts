import type { Posting, PostingInput, PostingStatus } from '../graphql/posting';

/** What the agency has marked for a member on its screen, not sent yet. */
export interface Mark {
  status: PostingStatus;
  reason: string | null;
}

export interface RejectionLine {
  /** 1-based line number in the pasted text. */
  line: number;
  idNumber: string;
  reason: string;
}

/**
 * Rejections pasted from a spreadsheet or typed, one a line: the ID number, then the reason (after the first
 * tab, comma or space; the reason keeps its own). Blank lines are skipped; a line without a reason keeps an
 * empty reason.
 */
export function parseRejections(text: string): RejectionLine[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ raw: raw.trim(), line: i + 1 }))
    .filter((l) => l.raw !== '')
    .map(({ raw, line }) => {
      const [, idNumber = '', reason = ''] = /^([^\t,，\s]*)[\t,，\s]*(.*)$/.exec(raw) ?? [];
      return { line, idNumber: idNumber.toUpperCase(), reason: reason.trim() };
    });
}

/**
 * Marks the pasted rejections of members still pending; lines that cannot be used are named with the fix and
 * left for the agency to correct.
 */
export function pastedMarks(
  lines: readonly RejectionLine[],
  pending: ReadonlySet<string>,
): { marks: Map<string, Mark>; problems: RejectionLine[]; messages: string[] } {
  const marks = new Map<string, Mark>();
  const problems: RejectionLine[] = [];
  const messages: string[] = [];
  for (const l of lines) {
    const problem = !pending.has(l.idNumber)
      ? `身份证号${l.idNumber}不在本结算的待登记名单中，请核对号码`
      : !l.reason
        ? '请在身份证号后写明退回原因'
        : marks.has(l.idNumber)
          ? `身份证号${l.idNumber}重复，每人只写一行`
          : '';
    if (problem) {
      problems.push(l);
      messages.push(`第${l.line}行：${problem}`);
    } else {
      marks.set(l.idNumber, { status: 'REJECTED', reason: l.reason });
    }
  }
  return { marks, problems, messages };
}

/** A member of the settlement on the agency's screen: its recorded result, else what is marked. */
export interface PostingRow {
  idNumber: string;
  name: string | null;
  collective: number;
  recorded: Posting | null;
  mark: Mark | null;
}

export function postingRows(
  outcomes: readonly { idNumber: string; name: string | null; collective: number }[],
  recorded: readonly Posting[],
  marks: ReadonlyMap<string, Mark>,
): PostingRow[] {
  const byId = new Map(recorded.map((p) => [p.idNumber, p]));
  return outcomes.map((o) => ({
    idNumber: o.idNumber,
    name: o.name,
    collective: o.collective,
    recorded: byId.get(o.idNumber) ?? null,
    mark: marks.get(o.idNumber) ?? null,
  }));
}

/** What the row's result column says. */
export function rowState(row: PostingRow): { text: string; tone: 'success' | 'danger' | 'info' | 'warning' | 'primary' } {
  if (row.recorded)
    return row.recorded.status === 'POSTED'
      ? { text: '已入账', tone: 'success' }
      : { text: `已退回：${row.recorded.reason ?? ''}`, tone: 'danger' };
  if (row.mark)
    return row.mark.status === 'POSTED'
      ? { text: '将入账', tone: 'primary' }
      : { text: `将退回：${row.mark.reason ?? ''}`, tone: 'warning' };
  return { text: '待登记', tone: 'info' };
}

/**
 * What to send: the marked members, and (when `postRest`) every other pending member as posted, in chunks the
 * server accepts; rejections first.
 */
export function postingBatches(
  pending: readonly string[],
  marks: ReadonlyMap<string, Mark>,
  postRest: boolean,
  perCall: number,
): PostingInput[][] {
  const marked = [...marks].map(([idNumber, m]): PostingInput =>
    m.status === 'REJECTED' ? { idNumber, status: 'REJECTED', reason: m.reason } : { idNumber, status: 'POSTED' },
  );
  const rows: PostingInput[] = [
    ...marked.filter((p) => p.status === 'REJECTED'),
    ...marked.filter((p) => p.status === 'POSTED'),
    ...(postRest ? pending.filter((id) => !marks.has(id)).map((idNumber) => ({ idNumber, status: 'POSTED' as const })) : []),
  ];
  const batches: PostingInput[][] = [];
  for (let i = 0; i < rows.length; i += perCall) batches.push(rows.slice(i, i + perCall));
  return batches;
}

/** How many rejected members still wait to be settled again (no supplementary settlement has taken them yet). */
export function openRejections(rows: readonly { resettlement: unknown }[]): number {
  return rows.filter((r) => r.resettlement === null).length;
}
