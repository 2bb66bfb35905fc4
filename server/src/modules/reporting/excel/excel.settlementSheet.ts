/** The 花名册 of a settlement as plain rows, written out as .xlsx or .csv by the writers. */
import { fenToYuan, SETTLEMENT_STATUS_LABELS } from '@cunce/rules';
import type { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import type { SettlementOutcome } from '../../lifecycle/settlementRecord/settlementOutcome.entity.js';
import { beijingTime, DRAFT_MARK, reasonText } from './excel.labels.js';

export type Cell = string | number;

export interface SettlementSheet {
  fileBase: string;
  draft: boolean;
  title: string;
  meta: [string, Cell][];
  header: string[];
  rows: Cell[][];
  totals: Cell[];
  signatures: string[];
}

export const MONEY_COLUMNS = [3, 4, 5, 6, 7]; // 0-based: tier … account credit

export function settlementSheet(s: Settlement, outcomes: readonly SettlementOutcome[], showId: (id: string) => string): SettlementSheet {
  const v = s.village;
  const draft = s.status === 'DRAFT';
  const place = `${v.township.county.name}${v.township.name}${v.name}`;
  const title = `${place}${s.year}年度城乡居民基本养老保险集体补助花名册${s.supplementary ? '（补充结算）' : ''}`;
  return {
    fileBase: `花名册-${v.name}-${s.year}${s.supplementary ? '-补充' : ''}${draft ? `-${DRAFT_MARK}` : ''}`,
    draft,
    title,
    meta: [
      ['村（社区）', `${v.name}（${v.code}）`],
      ['年度', s.year],
      ['补助标准版本', s.ruleSetVersion ? `第${s.ruleSetVersion.version}版` : '无（方案未执行）'],
      ['状态', draft ? DRAFT_MARK : SETTLEMENT_STATUS_LABELS[s.status]],
      ['确认时间', s.confirmedAt ? beijingTime(s.confirmedAt) : '未确认'],
      ['确认人', s.confirmedBy?.username ?? '未确认'],
    ],
    header: [
      '序号',
      '姓名',
      '身份证号',
      '缴费档次（元）',
      '政府缴费补贴（元）',
      '集体补助（元）',
      '社会资助（元）',
      '记入个人账户（元）',
      '说明',
    ],
    rows: outcomes.map((o, i) => [
      i + 1,
      o.name ?? '',
      showId(o.idNumber),
      fenToYuan(o.contributionFen ?? 0),
      fenToYuan(o.governmentSubsidyFen),
      fenToYuan(o.collectiveFen),
      fenToYuan(o.donationFen),
      fenToYuan(o.accountCreditFen),
      reasonText(o.reasons),
    ]),
    totals: [
      '合计',
      `${s.membersCount}人（享受${s.eligibleCount}人）`,
      '',
      fenToYuan(s.contributionFen),
      fenToYuan(s.governmentSubsidyFen),
      fenToYuan(s.collectiveFen),
      fenToYuan(s.donationFen),
      fenToYuan(s.accountCreditFen),
      '',
    ],
    signatures: [
      '村民委员会（盖章）：',
      '村党组织书记（签字）：',
      '经办人（签字）：',
      '村务监督委员会（签字）：',
      '乡镇（街道）审核（签字）：',
      '经办机构审核（签字）：',
      '日期：',
    ],
  };
}
