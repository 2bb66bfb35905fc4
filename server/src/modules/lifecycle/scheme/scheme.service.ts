/** Saving rule-set versions: the scheme of a village and year is created by its first save. */
import { validateRuleSet, type PolicySource, type RuleSet } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { Conflict, DomainError } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import type { Village } from '../../reference/division/village.entity.js';
import { RuleSetVersion } from '../ruleset/ruleSetVersion.entity.js';
import type { User } from '../../reference/user/user.entity.js';
import type { RuleSetDocument } from './scheme.document.js';
import { lastYearOf } from './scheme.document.js';
import { Scheme } from './scheme.entity.js';
import { findScheme } from './scheme.repository.js';
import { schemeSnapshot } from './scheme.snapshot.js';
import { nextStatus, transitionMessage } from './scheme.transitions.js';

export interface SaveRequest {
  village: Village;
  year: number;
  doc: RuleSetDocument;
  /** The version the editor started from (0: a new scheme); null: no check. */
  expectedVersion: number | null;
}

/**
 * Stores the document as the scheme's next version, in one transaction with its audit entry. A concurrent
 * save fails: on the `expectedVersion` check, the scheme's revision, or the unique (scheme, version) and
 * (village, year) constraints (formatError turns the last two into CONFLICT).
 */
export async function saveRuleSet(em: Em, user: User, policies: PolicySource, req: SaveRequest): Promise<RuleSetVersion> {
  const valid = validateRuleSet(req.doc, policies).valid;
  return em.transactional(async (tx) => {
    const existing = await findScheme(tx, req.village, req.year);
    const latest = existing?.currentVersion ?? 0;
    if (req.expectedVersion !== null && req.expectedVersion !== latest) {
      throw new Conflict(`方案已有第${latest}版，与您编辑时的第${req.expectedVersion}版不同，请刷新后在最新版本上修改`, {
        latestVersion: latest,
      });
    }
    const status = nextStatus(existing?.status ?? null, 'SAVE');
    if (!status) throw new DomainError('INVALID_TRANSITION', transitionMessage(existing!.status, 'SAVE'));
    const before = existing ? schemeSnapshot(existing) : null;
    const scheme = existing ?? tx.create(Scheme, { village: req.village, year: req.year, status });
    scheme.status = status;
    scheme.currentVersion = latest + 1;
    scheme.lastYear = lastYearOf(req.doc, req.year);
    const version = tx.create(RuleSetVersion, {
      scheme,
      version: latest + 1,
      ruleSet: req.doc as unknown as RuleSet,
      valid,
      createdBy: user,
    });
    await tx.flush();
    const scope = { village: req.village, year: req.year };
    audit(tx, user, existing ? 'SAVE_RULESET' : 'CREATE_SCHEME', 'Scheme', scheme.id, before, { ...schemeSnapshot(scheme), valid }, scope);
    audit(
      tx,
      user,
      'CREATE_VERSION',
      'RuleSetVersion',
      version.id,
      null,
      { scheme: scheme.id, version: version.version, valid, ruleSet: req.doc },
      scope,
    );
    await tx.flush();
    return version;
  });
}
