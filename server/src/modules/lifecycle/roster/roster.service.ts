/** Importing a village's roster for a year: checked whole by the rules package, upserted by ID number. */
import { checkMembers, type PolicySource } from '@cunce/rules';
import { batchInsert } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { BadRows, BadUserInput } from '../../../errors.js';
import { auditNow } from '../../audit/audit.js';
import type { Village } from '../../reference/division/village.entity.js';
import { findPaying } from '../scheme/scheme.paying.js';
import { lockVillage } from '../scheme/village.lock.js';
import type { User } from '../../reference/user/user.entity.js';
import { Member } from './member.entity.js';
import { storedFields } from './roster.mapper.js';
import { changesOf, deleteMembers, writeChanges } from './roster.write.js';
import { refuseSettledChanges } from './roster.settled.js';
import { refuseRealRows } from './roster.practice.js';

export interface ImportCounts {
  imported: number;
  updated: number;
  removed: number;
  /** Practice members (演示数据) a real import replaced; included in `removed`. */
  practiceRemoved: number;
}

/**
 * Adds the members not on the roster yet (`imported`), overwrites those already on it (`updated`) and, with
 * `replace`, removes those not sent (`removed`); one transaction with its audit entry. Any bad row refuses
 * the whole call (BAD_USER_INPUT, every bad row in `extensions.rows`). Village facts are checked against the
 * rule set paying for the year, when there is one.
 *
 * Practice rows (the generated sample, `practice`) never share a roster with real ones: a practice import goes
 * only into a roster without real members and replaces the practice rows there; a real import first removes
 * every practice row (counted in `removed` and `practiceRemoved`).
 */
export async function importMembers(
  em: Em,
  user: User,
  policies: PolicySource,
  req: { village: Village; year: number; rows: readonly unknown[]; replace: boolean; practice?: boolean },
): Promise<ImportCounts> {
  const { village, year } = req;
  const policy = policies(year);
  if (!policy) throw new BadUserInput(`${year}年度的自治区缴费档次和补贴标准尚未设置，请先由自治区管理员设置`, { field: 'year' });
  const ruleSet = (await findPaying(em, village, year))?.version.ruleSet;
  const checked = checkMembers(req.rows, { year, policy, ageAsOf: ruleSet?.ageAsOf, facts: ruleSet?.facts, mode: 'import' });
  if (checked.errors.length) throw new BadRows(checked.errors);
  return em.transactional(async (tx) => {
    await lockVillage(tx, village);
    const stored = await tx.find(Member, { village, year }, { disableIdentityMap: true, orderBy: { id: 'asc' } });
    const practice = req.practice === true;
    if (practice) refuseRealRows(stored, village, year);
    const stale = practice ? [] : stored.filter((m) => m.practice);
    const existing = practice ? stored : stored.filter((m) => !m.practice);
    const byId = new Map(existing.map((m) => [m.idNumber, m]));
    const sent = new Set(checked.members.map((m) => m.idNumber));
    const gone = req.replace || practice ? existing.filter((m) => !sent.has(m.idNumber)) : [];
    const changed = changesOf(byId, checked.members);
    await refuseSettledChanges(tx, village, year, changed, gone);
    await deleteMembers(tx, stale);
    const now = new Date();
    const fresh = checked.members.filter((m) => !byId.has(m.idNumber));
    await batchInsert(
      tx,
      Member,
      fresh.map((m) => ({ idNumber: m.idNumber, ...storedFields(m) })),
      { village: village.id, year, practice, createdAt: now, updatedAt: now },
    );
    await writeChanges(tx, changed, gone, now);
    const counts: ImportCounts = {
      imported: fresh.length,
      updated: checked.members.length - fresh.length,
      removed: stale.length + gone.length,
      practiceRemoved: stale.length,
    };
    const after = {
      ...counts,
      replace: req.replace,
      practice,
      total: stored.length + counts.imported - counts.removed,
      warnings: checked.warnings.length,
    };
    await auditNow(tx, user, 'IMPORT_MEMBERS', 'Roster', `${village.code}/${year}`, { total: stored.length }, after, { village, year });
    return counts;
  });
}
