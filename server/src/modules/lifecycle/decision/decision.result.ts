/** Which confirmed settlement a 实施结果公开 discloses: the one named, or the latest of the scheme's years. */
import type { Em } from '../../../db/orm.js';
import { BadUserInput } from '../../../errors.js';
import type { Scheme } from '../scheme/scheme.entity.js';
import { Settlement } from '../settlementRecord/settlement.entity.js';
import { CONFIRMED_STATUSES, getSettlement } from '../settlementRecord/settlement.repository.js';

/**
 * The named settlement when it is the village's, of a year the scheme covers, and confirmed (BAD_USER_INPUT
 * otherwise); without a name, the village's most recently confirmed settlement of those years, or null when there
 * is none (the step is then refused as NOT_SETTLED_YET).
 */
export async function disclosedSettlement(em: Em, scheme: Scheme, settlementId: string | null): Promise<Settlement | null> {
  const last = scheme.lastYear ?? scheme.year;
  if (settlementId === null) {
    return em.findOne(
      Settlement,
      { village: scheme.village, year: { $gte: scheme.year, $lte: last }, status: { $in: [...CONFIRMED_STATUSES] } },
      { orderBy: { confirmedAt: 'desc', id: 'desc' } },
    );
  }
  const s = await getSettlement(em, settlementId);
  const refuse = (message: string) => new BadUserInput(message, { field: 'settlementId' });
  if (s.village.id !== scheme.village.id)
    throw refuse(`结算${settlementId}是${s.village.name}的，不是${scheme.village.name}的，请选择本村的结算`);
  if (s.year < scheme.year || s.year > last)
    throw refuse(`结算${settlementId}是${s.year}年度的，不在本方案的年度（${scheme.year}${last > scheme.year ? `—${last}` : ''}年）内`);
  if (s.status === 'DRAFT') throw refuse(`结算${settlementId}尚未确认（草稿），只能公开已确认结算的实施结果`);
  return s;
}
