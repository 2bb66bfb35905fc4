/** Chinese words for the codes an exported file shows (statuses and reasons: the rules package's labels). */
import { REASON_LABELS } from '@cunce/rules';

export const DRAFT_MARK = '草稿（未确认，不作为发放依据）';

export const reasonText = (codes: readonly string[]) => codes.map((c) => REASON_LABELS[c] ?? c).join('；');

/** A moment as Beijing time, YYYY-MM-DD HH:mm. */
export function beijingTime(d: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
