/** Which roster members a confirmed settlement of the year has already paid: their rows no longer change. */
import type { Em } from '../../../db/orm.js';
import { BadRows, CodedError } from '../../../errors.js';
import type { Village } from '../../reference/division/village.entity.js';
import { CONFIRMED_STATUSES, postingKey, rejectedKeys, settledIdNumbers } from '../settlementRecord/settlement.repository.js';
import { Settlement } from '../settlementRecord/settlement.entity.js';
import { SettlementOutcome } from '../settlementRecord/settlementOutcome.entity.js';
import type { Member } from './member.entity.js';
import type { Change } from './roster.write.js';

/**
 * Of `idNumbers` (a page of the roster, at most 500), those in the village's confirmed (or accepted) settlements
 * of the year, except where the agency rejected the posting: the same members `settledIdNumbers` gives, read for
 * one page only.
 */
export async function settledAmong(em: Em, village: Village, year: number, idNumbers: readonly string[]): Promise<Set<string>> {
  if (idNumbers.length === 0) return new Set();
  const confirmed = await em.find(Settlement, { village, year, status: { $in: [...CONFIRMED_STATUSES] } }, { fields: ['id'] });
  if (confirmed.length === 0) return new Set();
  const ids = confirmed.map((s) => s.id);
  const rows = await em.find(
    SettlementOutcome,
    { settlement: { $in: ids }, idNumber: { $in: [...idNumbers] } },
    { fields: ['idNumber', 'settlement'] },
  );
  const rejected = await rejectedKeys(em, ids);
  return new Set(rows.filter((r) => !rejected.has(postingKey(r.settlement.id, r.idNumber))).map((r) => r.idNumber));
}

/** The settled ID numbers of the whole roster of the year (empty when nothing is confirmed). */
export async function settledOfRoster(em: Em, village: Village, year: number): Promise<ReadonlySet<string>> {
  return (await settledIdNumbers(em, village, year)) ?? new Set();
}

/**
 * Editing or removing a member already in a confirmed settlement is refused (MEMBER_SETTLED): a confirmed
 * settlement never changes, and the roster must keep saying what it was paid on. A member whose posting the
 * agency rejected is no longer settled, so that it can be corrected and settled again.
 */
export async function refuseSettled(em: Em, member: Member, village: Village, action: string): Promise<void> {
  const settled = await settledAmong(em, village, member.year, [member.idNumber]);
  if (!settled.has(member.idNumber)) return;
  throw new CodedError(
    'MEMBER_SETTLED',
    `${member.name ?? member.idNumber}已在${member.year}年度已确认的结算中，不能${action}；如信息有误，请由社保经办机构将该成员退回，更正后进行补充结算`,
    { field: 'idNumber' },
  );
}

/**
 * An import may not change or remove what a confirmed settlement of the year was paid on (MEMBER_SETTLED), as
 * editing one member may not: a changed settled member is refused at its row; removing settled members (a
 * replacing import without them) is refused naming them. Sending them again unchanged, and adding late payers
 * for a supplementary settlement, stay allowed.
 */
export async function refuseSettledChanges(
  em: Em,
  village: Village,
  year: number,
  changed: readonly Change[],
  gone: readonly Member[],
): Promise<void> {
  if (changed.length === 0 && gone.length === 0) return;
  const settled = await settledOfRoster(em, village, year);
  if (settled.size === 0) return;
  const rows = changed
    .filter((c) => settled.has(c.idNumber))
    .map((c) => ({
      index: c.index,
      idNumber: c.idNumber,
      field: 'idNumber',
      code: 'MEMBER_SETTLED',
      message: `该成员已在${year}年度已确认的结算中，本次导入不能修改其信息；如信息有误，请由社保经办机构将该成员退回，更正后进行补充结算`,
    }));
  if (rows.length) throw new BadRows(rows, `有${rows.length}名成员已在${year}年度已确认的结算中，导入不能修改他们的信息，请按提示逐行改回`);
  const removed = gone.filter((m) => settled.has(m.idNumber));
  if (removed.length === 0) return;
  const names = removed
    .slice(0, 5)
    .map((m) => m.name ?? m.idNumber)
    .join('、');
  throw new CodedError(
    'MEMBER_SETTLED',
    `${names}${removed.length > 5 ? `等${removed.length}人` : ''}已在${year}年度已确认的结算中，替换导入不能删除他们：请在文件中保留这些成员，或不选“替换”`,
    { field: 'replace', idNumbers: removed.map((m) => m.idNumber) },
  );
}
