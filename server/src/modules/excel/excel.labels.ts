/** Chinese words for the codes an exported file shows (the web editor keeps its own copy in web/src/model/labels.ts). */
export const REASON_LABELS: Record<string, string> = {
  NOT_COLLECTIVE_MEMBER: '不是本村集体经济组织成员',
  NOT_CURRENT_YEAR_PAYMENT: '补缴或一次性补缴，不予补助',
  NO_PERSONAL_CONTRIBUTION: '本人未缴费',
  SCHEME_NOT_ACTIVE: '补助方案未备案或已暂停',
  CAP_VILLAGE: '超过本村每人上限，按上限发放',
  CAP_REGION: '超过自治区最高缴费档次，按上限发放',
  PRORATED: '预算不足，按比例发放',
  DONATION_OVER_CAP: '社会资助超过上限，超出部分退回',
};

export const STATUS_LABELS: Record<string, string> = { DRAFT: '草稿', CONFIRMED: '已确认', ACCEPTED: '经办机构已受理' };

export const DRAFT_MARK = '草稿（未确认，不作为发放依据）';

export const reasonText = (codes: readonly string[]) => codes.map((c) => REASON_LABELS[c] ?? c).join('；');

/** A moment as Beijing time, YYYY-MM-DD HH:mm. */
export function beijingTime(d: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d).map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
