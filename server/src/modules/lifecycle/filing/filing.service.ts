/** Filing (备案): the village submits, the township and the county's two departments acknowledge or return. */
import { DECISION_STEP_LABELS, missingBeforeSubmission, validateRuleSet, type PolicySource } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { BadUserInput, Conflict, DomainError, Forbidden, InvalidRuleSet } from '../../../errors.js';
import { checkVillageRole, departmentOf } from '../../reference/auth/access.js';
import { auditScheme, changeScheme, moveTo } from '../scheme/scheme.change.js';
import type { Scheme } from '../scheme/scheme.entity.js';
import { currentReceipts, getVersion, stepsInProgress } from '../scheme/scheme.repository.js';
import { schemeSnapshot } from '../scheme/scheme.snapshot.js';
import { receiptKindFor } from '../scheme/scheme.transitions.js';
import type { User } from '../../reference/user/user.entity.js';
import { DEPARTMENT_LABELS, receiptsNeeded } from './filing.departments.js';
import type { Department } from '../../reference/user/department.js';
import { FilingReceipt } from './filingReceipt.entity.js';

/** DRAFT → SUBMITTED: needs a valid latest version and the first five decision steps recorded for it. */
export function submitFiling(em: Em, user: User, policies: PolicySource, schemeId: string): Promise<Scheme> {
  return changeScheme(em, schemeId, async (tx, scheme) => {
    checkVillageRole(user, scheme.village, ['VILLAGE_CADRE']);
    const status = moveTo(scheme, 'SUBMIT');
    const version = await getVersion(tx, scheme, scheme.currentVersion);
    const validation = validateRuleSet(version.ruleSet, policies);
    if (!validation.valid)
      throw new InvalidRuleSet(validation.errors, `第${version.version}版补助标准有${validation.errors.length}处错误，更正后才能报送备案`);
    const missing = missingBeforeSubmission(await stepsInProgress(tx, scheme));
    if (missing.length) {
      const names = missing.map((s) => `“${DECISION_STEP_LABELS[s]}”`).join('、');
      throw new DomainError('DECISION_INCOMPLETE', `报送备案前须完成四议两公开的前五步，尚缺：${names}`, { missing });
    }
    const before = schemeSnapshot(scheme);
    scheme.status = status;
    scheme.filingRound += 1;
    scheme.returnReason = null;
    auditScheme(tx, user, 'SUBMIT_FILING', scheme, before, { submittedVersion: version.version });
    return scheme;
  });
}

/**
 * A department acknowledges the submission (SUBMITTED; FILED once all three have) or the suspension (SUSPENDED:
 * the county's two departments). Each department once a round: CONFLICT on a second answer.
 */
export function acknowledgeFiling(em: Em, user: User, schemeId: string): Promise<Scheme> {
  return changeScheme(em, schemeId, async (tx, scheme) => {
    const department = receivingDepartment(user, scheme);
    const kind = receiptKindFor(scheme.status);
    if (!kind) throw new DomainError('INVALID_TRANSITION', '方案当前没有待签收的备案或暂停', { status: scheme.status });
    const needed = receiptsNeeded(kind);
    if (!needed.includes(department)) throw new Forbidden(`暂停实施由县人社、县农业农村部门签收，${DEPARTMENT_LABELS[department]}无需签收`);
    const receipts = await currentReceipts(tx, scheme);
    assertNotAnswered(receipts, department);
    const before = schemeSnapshot(scheme);
    const version = kind === 'FILING' ? scheme.currentVersion : (scheme.filedVersion ?? scheme.currentVersion);
    tx.create(FilingReceipt, { scheme, version, round: scheme.filingRound, department, kind, user });
    const acknowledged = new Set([...receipts.filter((r) => r.outcome === 'ACKNOWLEDGED').map((r) => r.department), department]);
    if (kind === 'FILING' && needed.every((d) => acknowledged.has(d))) {
      scheme.status = moveTo(scheme, 'FILE');
      scheme.filedVersion = scheme.currentVersion;
    }
    auditScheme(tx, user, kind === 'FILING' ? 'ACKNOWLEDGE_FILING' : 'ACKNOWLEDGE_SUSPENSION', scheme, before, { department });
    return scheme;
  });
}

/** A receiving department returns the submission with its reason: SUBMITTED → DRAFT. */
export function returnFiling(em: Em, user: User, schemeId: string, reason: string): Promise<Scheme> {
  const text = reason.trim();
  if (!text) throw new BadUserInput('请填写退回理由（reason），说明需要村里修改什么');
  return changeScheme(em, schemeId, async (tx, scheme) => {
    const department = receivingDepartment(user, scheme);
    const status = moveTo(scheme, 'RETURN');
    assertNotAnswered(await currentReceipts(tx, scheme), department);
    const before = schemeSnapshot(scheme);
    tx.create(FilingReceipt, {
      scheme,
      version: scheme.currentVersion,
      round: scheme.filingRound,
      department,
      kind: 'FILING',
      outcome: 'RETURNED',
      reason: text,
      user,
    });
    scheme.status = status;
    scheme.returnReason = text;
    auditScheme(tx, user, 'RETURN_FILING', scheme, before, { department, reason: text });
    return scheme;
  });
}

function receivingDepartment(user: User, scheme: Scheme): Department {
  const department = departmentOf(user, scheme.village);
  if (!department) {
    throw new Forbidden(`只有${scheme.village.name}所在乡镇和县人社、县农业农村部门可以签收或退回该村的备案`);
  }
  return department;
}

function assertNotAnswered(receipts: readonly FilingReceipt[], department: Department): void {
  const earlier = receipts.find((r) => r.department === department);
  if (earlier) {
    const what = earlier.outcome === 'RETURNED' ? '退回' : '签收';
    throw new Conflict(`${DEPARTMENT_LABELS[department]}已于${earlier.at.toISOString().slice(0, 10)}${what}，不能重复办理`);
  }
}
