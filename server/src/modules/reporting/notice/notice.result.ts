/** The 实施结果公开 list of a confirmed settlement: who got what, ID numbers masked, with totals. */
import { REASON_LABELS, fenToYuan, maskIdNumber } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { DomainError } from '../../../errors.js';
import { DecisionStep } from '../../lifecycle/decision/decisionStep.entity.js';
import type { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { SettlementOutcome } from '../../lifecycle/settlementRecord/settlementOutcome.entity.js';
import { ResultNoticeType, type ResultNoticeRowType } from './resultNotice.types.js';

/**
 * The people of the settlement who got collective money or a donation, in roster order, their totals and the day the
 * village recorded disclosing them (实施结果公开 naming this settlement), if it has; refused
 * (SETTLEMENT_NOT_CONFIRMED) for a draft, whose figures may still change.
 */
export async function resultNotice(em: Em, s: Settlement): Promise<ResultNoticeType> {
  if (s.status === 'DRAFT') {
    throw new DomainError('SETTLEMENT_NOT_CONFIRMED', '这次结算还是草稿，不能公开实施结果；请村干部确认结算后再打印公示名单', {
      status: s.status,
    });
  }
  const outcomes = await em.find(SettlementOutcome, { settlement: s.id }, { orderBy: { id: 'asc' }, disableIdentityMap: true });
  const listed = outcomes.filter((o) => o.collectiveFen > 0 || o.donationFen > 0);
  const disclosure = await em.findOne(
    DecisionStep,
    { settlement: s.id, step: 'RESULT_DISCLOSED' },
    { orderBy: { date: 'desc', id: 'desc' } },
  );
  const sum = (f: (o: SettlementOutcome) => number) => fenToYuan(listed.reduce((t, o) => t + f(o), 0));
  const township = s.village.township;
  return Object.assign(new ResultNoticeType(), {
    settlementId: String(s.id),
    status: s.status,
    supplementary: s.supplementary,
    villageCode: s.village.code,
    villageName: s.village.name,
    townshipName: township.name,
    countyName: township.county.name,
    year: s.year,
    version: s.ruleSetVersion?.version ?? null,
    title: `${s.village.name}${s.year}年度城乡居民基本养老保险集体补助实施结果公示${s.supplementary ? '（补充）' : ''}`,
    confirmedAt: s.confirmedAt,
    acceptedAt: s.acceptedAt,
    disclosedOn: disclosure?.date ?? null,
    membersSettled: outcomes.length,
    rows: listed.map(row),
    totals: {
      people: listed.length,
      contribution: sum((o) => o.contributionFen ?? 0),
      collective: sum((o) => o.collectiveFen),
      donation: sum((o) => o.donationFen),
      total: sum((o) => o.collectiveFen + o.donationFen),
    },
  });
}

function row(o: SettlementOutcome): ResultNoticeRowType {
  return {
    name: o.name,
    idNumber: maskIdNumber(o.idNumber),
    contribution: o.contributionFen === null ? null : fenToYuan(o.contributionFen),
    collective: fenToYuan(o.collectiveFen),
    donation: fenToYuan(o.donationFen),
    total: fenToYuan(o.collectiveFen + o.donationFen),
    notes: o.reasons.map((r) => REASON_LABELS[r] ?? r),
  };
}
