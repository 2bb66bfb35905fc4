/** Editing or removing one member of a village's roster: checked like an import, refused once settled, audited. */
import { checkMembers, type PolicySource, type RowIssue } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { BadUserInput, NotFound } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import type { Village } from '../../reference/division/village.entity.js';
import type { User } from '../../reference/user/user.entity.js';
import { findPaying } from '../scheme/scheme.paying.js';
import { lockVillage } from '../scheme/village.lock.js';
import { Member } from './member.entity.js';
import { storedFields } from './roster.mapper.js';
import { refuseSettled } from './roster.settled.js';

/**
 * Overwrites every field of the member with `input`, checked by the rules package as a one-row import (GB 11643,
 * tiers, hardship, the paying rule set's facts): any issue refuses the call (BAD_USER_INPUT, the issues in
 * `extensions.rows` with their `field`, the first issue's field in `extensions.field`) and nothing changes.
 */
export async function updateMember(
  em: Em,
  user: User,
  policies: PolicySource,
  req: { village: Village; memberId: number; input: Record<string, unknown> },
): Promise<Member> {
  const { village } = req;
  return em.transactional(async (tx) => {
    await lockVillage(tx, village);
    const member = await findMember(tx, village, req.memberId);
    await refuseSettled(tx, member, village, '修改');
    const year = member.year;
    const policy = policies(year);
    if (!policy) throw new BadUserInput(`${year}年度的自治区缴费档次和补贴标准尚未设置，请先由自治区管理员设置`, { field: 'year' });
    const ruleSet = (await findPaying(tx, village, year))?.version.ruleSet;
    const checked = checkMembers([req.input], { year, policy, ageAsOf: ruleSet?.ageAsOf, facts: ruleSet?.facts, mode: 'import' });
    if (checked.errors.length) throw oneRowError(checked.errors);
    const fresh = checked.members[0]!;
    if (fresh.idNumber !== member.idNumber) await refuseTaken(tx, village, year, fresh.idNumber);
    const before = { idNumber: member.idNumber, ...storedFields(member) };
    tx.assign(member, { idNumber: fresh.idNumber, ...storedFields(fresh) });
    const after = { idNumber: member.idNumber, ...storedFields(member) };
    audit(tx, user, 'UPDATE_MEMBER', 'Member', member.id, changed(before, after, 'before'), changed(before, after, 'after'), {
      village,
      year,
    });
    await tx.flush();
    return member;
  });
}

/** Removes the member from the roster (refused once settled); the audit entry keeps who it was. */
export async function removeMember(em: Em, user: User, req: { village: Village; memberId: number }): Promise<Member> {
  const { village } = req;
  return em.transactional(async (tx) => {
    await lockVillage(tx, village);
    const member = await findMember(tx, village, req.memberId);
    await refuseSettled(tx, member, village, '移除');
    const before = { idNumber: member.idNumber, name: member.name, practice: member.practice };
    audit(tx, user, 'REMOVE_MEMBER', 'Member', member.id, before, null, { village, year: member.year });
    tx.remove(member);
    await tx.flush();
    return member;
  });
}

async function findMember(em: Em, village: Village, memberId: number): Promise<Member> {
  const member = Number.isSafeInteger(memberId) ? await em.findOne(Member, { id: memberId, village }) : null;
  if (!member) throw new NotFound(`${village.name}的花名册上没有编号为${memberId}的成员（可能已被移除），请刷新花名册后重试`);
  return member;
}

async function refuseTaken(em: Em, village: Village, year: number, idNumber: string): Promise<void> {
  const other = await em.findOne(Member, { village, year, idNumber });
  if (!other) return;
  const who = other.name ? `${other.name}` : '另一名成员';
  const message = `身份证号${idNumber}已是本村${year}年度花名册上${who}的身份证号，同一人只能出现一次，请核对身份证号`;
  throw new BadUserInput(message, {
    rows: [{ index: 0, idNumber, field: 'idNumber', code: 'DUPLICATE_ID_NUMBER', message }],
    field: 'idNumber',
  });
}

/** The rules package's issues of the one row, the message without its "第1行" (there is only one row). */
function oneRowError(errors: RowIssue[]): BadUserInput {
  const rows = errors.map((e) => ({ ...e, message: e.message.replace(/^第1行/, '') }));
  const first = rows[0]!;
  const message = rows.length === 1 ? first.message : `有${rows.length}处成员信息有误，其一：${first.message}`;
  return new BadUserInput(message, { rows, field: first.field });
}

/** The fields that differ, as they were (`before`) or are (`after`); the ID number always, to say who it was. */
function changed(before: Record<string, unknown>, after: Record<string, unknown>, side: 'before' | 'after') {
  const values = side === 'before' ? before : after;
  const keys = Object.keys(after).filter((k) => k === 'idNumber' || JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return Object.fromEntries(keys.map((k) => [k, values[k]]));
}
