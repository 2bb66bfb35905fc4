/** Suspending a filed scheme (effective at once) and applying to resume it (filed again by the three departments). */
import { isIsoDate } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { BadUserInput } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import { checkVillageRole } from '../../reference/auth/access.js';
import { auditScheme, changeScheme, moveTo } from '../scheme/scheme.change.js';
import type { Scheme } from '../scheme/scheme.entity.js';
import { activeSuspension } from '../scheme/scheme.repository.js';
import { schemeSnapshot } from '../scheme/scheme.snapshot.js';
import type { User } from '../../reference/user/user.entity.js';
import { Suspension } from './suspension.entity.js';

export function suspendScheme(em: Em, user: User, schemeId: string, reason: string, effectiveDate: string): Promise<Scheme> {
  const text = reason.trim();
  if (!text) throw new BadUserInput('请填写暂停理由（reason）');
  if (!isIsoDate(effectiveDate)) throw new BadUserInput(`生效日期（effectiveDate）应为YYYY-MM-DD格式的日期，现为“${effectiveDate}”`);
  return changeScheme(em, schemeId, async (tx, scheme) => {
    checkVillageRole(user, scheme.village, ['VILLAGE_CADRE']);
    const before = schemeSnapshot(scheme);
    scheme.status = moveTo(scheme, 'SUSPEND');
    scheme.filingRound += 1;
    const suspension = tx.create(Suspension, { scheme, reason: text, effectiveDate, createdBy: user });
    await tx.flush();
    const scope = { village: scheme.village, year: scheme.year };
    audit(tx, user, 'SUSPEND_SCHEME', 'Suspension', suspension.id, null, { scheme: scheme.id, reason: text, effectiveDate }, scope);
    auditScheme(tx, user, 'SUSPEND_SCHEME', scheme, before);
    return scheme;
  });
}

/** SUSPENDED → SUBMITTED: the suspension ends and the filed version awaits the three receipts again. */
export function resumeScheme(em: Em, user: User, schemeId: string): Promise<Scheme> {
  return changeScheme(em, schemeId, async (tx, scheme) => {
    checkVillageRole(user, scheme.village, ['VILLAGE_CADRE']);
    const before = schemeSnapshot(scheme);
    scheme.status = moveTo(scheme, 'RESUME');
    scheme.filingRound += 1;
    scheme.returnReason = null;
    const suspension = await activeSuspension(tx, scheme);
    if (suspension) {
      suspension.resumedAt = new Date();
      suspension.resumedBy = user;
      audit(
        tx,
        user,
        'RESUME_SCHEME',
        'Suspension',
        suspension.id,
        { resumedAt: null },
        { resumedAt: suspension.resumedAt },
        { village: scheme.village, year: scheme.year },
      );
    }
    auditScheme(tx, user, 'RESUME_SCHEME', scheme, before);
    return scheme;
  });
}
