/** Recording, editing and deleting donors; each change audited in its transaction. */
import type { Em } from '../../db/orm.js';
import { BadUserInput, Conflict, Forbidden, NotFound } from '../../errors.js';
import { audit } from '../audit/audit.js';
import { findVillage } from '../reference/division/village.lookup.js';
import type { User } from '../reference/user/user.entity.js';
import { assertMayRecordDonor, canEditDonor, canSeeDonor } from './donation.access.js';
import { numericId, optionalText, requiredText } from './donation.inputs.js';
import { DonationGift } from './donationGift.entity.js';
import { DonationPool } from './donationPool.entity.js';
import { resolveDonorArea, type DonorArea } from './donor.area.js';
import { creditCodeProblem } from './donor.creditCode.js';
import { Donor } from './donor.entity.js';
import type { DonorInput } from './donor.input.js';
import { donorSnapshot } from './donor.types.js';

interface DonorFields {
  kind: Donor['kind'];
  name: string;
  contact: string | null;
  creditCode: string | null;
}

function checkFields(input: DonorInput): DonorFields {
  const name = requiredText('name', '名称', input.name, 100);
  const contact = optionalText('contact', '联系方式', input.contact, 200);
  const creditCode = optionalText('creditCode', '统一社会信用代码', input.creditCode, 18)?.toUpperCase() ?? null;
  if (input.kind === 'INDIVIDUAL' && creditCode)
    throw new BadUserInput('个人捐赠方不填统一社会信用代码（creditCode），请删除', { field: 'creditCode' });
  if (input.kind !== 'INDIVIDUAL' && !creditCode)
    throw new BadUserInput('企业和慈善组织须填写统一社会信用代码（creditCode，18位）', { field: 'creditCode' });
  const problem = creditCode ? creditCodeProblem(creditCode) : null;
  if (problem) throw new BadUserInput(`${problem}（creditCode）`, { field: 'creditCode' });
  return { kind: input.kind, name, contact, creditCode };
}

async function assertCodeFree(em: Em, fields: DonorFields, area: DonorArea, self?: number): Promise<void> {
  if (!fields.creditCode) return;
  const same = await em.findOne(Donor, {
    creditCode: fields.creditCode,
    countyCode: area.countyCode,
    ...(self ? { id: { $ne: self } } : {}),
  });
  if (same)
    throw new Conflict(`统一社会信用代码${fields.creditCode}已登记为捐赠方“${same.name}”（编号${same.id}），请直接选用`, {
      donorId: String(same.id),
    });
}

export async function createDonor(em: Em, user: User, input: DonorInput): Promise<Donor> {
  assertMayRecordDonor(user, input.kind);
  const fields = checkFields(input);
  const area = await resolveDonorArea(em, user, input.areaCode);
  return em.transactional(async (tx) => {
    await assertCodeFree(tx, fields, area);
    const donor = tx.create(Donor, { ...fields, areaCode: area.areaCode, countyCode: area.countyCode, createdBy: user });
    await tx.flush();
    audit(tx, user, 'CREATE_DONOR', 'Donor', donor.id, null, donorSnapshot(donor), { village: area.village });
    await tx.flush();
    return donor;
  });
}

export async function updateDonor(em: Em, user: User, donorId: string, input: DonorInput, expectedVersion?: number | null): Promise<Donor> {
  assertMayRecordDonor(user, input.kind);
  const fields = checkFields(input);
  return em.transactional(async (tx) => {
    const donor = await editableDonor(tx, user, donorId);
    if (expectedVersion != null && expectedVersion !== donor.version)
      throw new Conflict(`捐赠方已被他人修改（现为第${donor.version}版），请刷新后再改`);
    const area = input.areaCode === undefined ? await currentArea(tx, donor) : await resolveDonorArea(tx, user, input.areaCode);
    await assertCodeFree(tx, fields, area, donor.id);
    const before = donorSnapshot(donor);
    Object.assign(donor, fields, { areaCode: area.areaCode, countyCode: area.countyCode, version: donor.version + 1 });
    audit(tx, user, 'UPDATE_DONOR', 'Donor', donor.id, before, donorSnapshot(donor), { village: area.village });
    await tx.flush();
    return donor;
  });
}

/** Deletes a donor that no gift or pool names (as donor or charity); else CONFLICT. */
export async function deleteDonor(em: Em, user: User, donorId: string): Promise<string> {
  return em.transactional(async (tx) => {
    const donor = await editableDonor(tx, user, donorId);
    const used =
      (await tx.count(DonationGift, { $or: [{ donor }, { charity: donor }] })) +
      (await tx.count(DonationPool, { $or: [{ donor }, { charity: donor }] }));
    if (used > 0) throw new Conflict(`捐赠方“${donor.name}”已有${used}笔资助登记，不能删除`);
    const area = await currentArea(tx, donor);
    audit(tx, user, 'DELETE_DONOR', 'Donor', donor.id, donorSnapshot(donor), null, { village: area.village });
    tx.remove(donor);
    await tx.flush();
    return donorId;
  });
}

/** The donor if the user may see it: NOT_FOUND when absent, FORBIDDEN when outside the user's area. */
export async function visibleDonor(em: Em, user: User, donorId: string, field = 'donorId'): Promise<Donor> {
  const donor = await findVisibleDonor(em, user, donorId, field);
  if (!donor) throw new NotFound(`没有编号为${donorId}的捐赠方（${field}），请核对`);
  return donor;
}

/** The donor with that id (null when there is none); FORBIDDEN when the user may not see it. */
export async function findVisibleDonor(em: Em, user: User, donorId: string, field = 'donorId'): Promise<Donor | null> {
  const id = numericId(donorId);
  const donor = id ? await em.findOne(Donor, { id }) : null;
  if (donor && !canSeeDonor(user, donor)) throw new Forbidden(`捐赠方“${donor.name}”（${field}）不在您的管辖区域内`);
  return donor;
}

async function editableDonor(em: Em, user: User, donorId: string): Promise<Donor> {
  const donor = await visibleDonor(em, user, donorId);
  if (!canEditDonor(user, donor)) throw new Forbidden(`无权修改捐赠方“${donor.name}”：由其登记区域的县民政部门或村干部修改`);
  return donor;
}

async function currentArea(em: Em, donor: Donor): Promise<DonorArea> {
  const village = donor.areaCode?.length === 12 ? await findVillage(em, donor.areaCode) : null;
  return { areaCode: donor.areaCode, countyCode: donor.countyCode, village };
}
