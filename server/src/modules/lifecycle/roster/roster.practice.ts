/** Practice rows (演示数据): the generated sample, kept apart from a village's real roster and never settled. */
import { allRaw } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { CodedError } from '../../../errors.js';
import type { Village } from '../../reference/division/village.entity.js';
import { Member } from './member.entity.js';

/** A practice import is refused (ROSTER_NOT_EMPTY) when the roster already holds real members. */
export function refuseRealRows(stored: readonly Member[], village: Village, year: number): void {
  const real = stored.filter((m) => !m.practice).length;
  if (real === 0) return;
  throw new CodedError(
    'ROSTER_NOT_EMPTY',
    `${village.name}${year}年度花名册已有${real}名真实成员，演示用的样例花名册只能导入到空的花名册，以免与真实成员混在一起；如需练习，请换一个年度或先移除全部成员`,
    { field: 'practice' },
  );
}

/** Plain SQL: the query builder cost more than the count (settle runs it for every village). */
const PRACTICE_COUNT = 'select count(*) as "practice" from "member" where "village_id" = ? and "year" = ? and "practice" = ?';

/**
 * Settling a roster that holds practice rows is refused (ROSTER_IS_PRACTICE): the sample's people are fictitious
 * and the collective's money must never be reckoned for them.
 */
export async function refusePracticeRoster(em: Em, village: Village, year: number): Promise<void> {
  const [row] = await allRaw<{ practice: unknown }>(em, PRACTICE_COUNT, [village.id, year, true]);
  const practice = Number(row?.practice ?? 0);
  if (practice > 0) throw practiceRefusal(village, year, practice);
}

/** The refusal of a roster holding `practice` practice rows. */
export function practiceRefusal(village: Village, year: number, practice: number): CodedError {
  return new CodedError(
    'ROSTER_IS_PRACTICE',
    `${village.name}${year}年度花名册是演示用的样例（${practice}人，均为虚构），不能结算；请在“花名册”页导入本村真实花名册，导入时样例会被自动替换`,
    { practice },
  );
}
