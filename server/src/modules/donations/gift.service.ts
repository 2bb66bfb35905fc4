/**
 * Recording, changing and deleting gifts to named members. A gift to a member already in a confirmed
 * settlement of the village and year never changes (CONFLICT): settled money is final.
 */
import { parseIdNumber, type PolicySource } from '@cunce/rules';
import type { Em } from '../../db/orm.js';
import { BadUserInput, Conflict, NotFound } from '../../errors.js';
import { audit } from '../audit/audit.js';
import type { Village } from '../reference/division/village.entity.js';
import { getVillage } from '../reference/division/village.lookup.js';
import { Member } from '../lifecycle/roster/member.entity.js';
import { lockVillage } from '../lifecycle/scheme/village.lock.js';
import { settledIdNumbers } from '../lifecycle/settlementRecord/settlement.repository.js';
import type { User } from '../reference/user/user.entity.js';
import { assertMayRecordFor, channelOf } from './donation.access.js';
import { resolveGivers } from './donation.givers.js';
import { amountFen, checkYear, MAX_GIFT_YUAN, numericId, optionalDate, optionalText } from './donation.inputs.js';
import { DonationGift } from './donationGift.entity.js';
import type { GiftInput } from './gift.input.js';
import { giftSnapshot } from './gift.types.js';

export const GIFT_POPULATE = ['donor', 'charity', 'village.township.county', 'createdBy'] as const;

/** Everything of the input checked, the village and givers loaded; nothing stored yet. */
async function checkInput(em: Em, user: User, policies: PolicySource, input: GiftInput) {
  const village = await getVillage(em, input.villageCode);
  const givers = await resolveGivers(em, user, input.donorId, input.charityId);
  assertMayRecordFor(user, village, givers.channel);
  checkYear(policies, input.year);
  const id = parseIdNumber(input.idNumber?.trim() ?? '');
  if (!id.ok) throw new BadUserInput(`${id.message}（idNumber）`, { field: 'idNumber' });
  return {
    village,
    givers,
    fields: {
      year: input.year,
      idNumber: id.idNumber,
      amountFen: amountFen('amount', '资助金额', input.amount, MAX_GIFT_YUAN),
      receivedOn: optionalDate('receivedOn', input.receivedOn),
      note: optionalText('note', '备注', input.note, 500),
    },
  };
}

/** The member must be on the roster and not yet in a confirmed settlement of the year; returns their name. */
async function assertOpen(tx: Em, village: Village, year: number, idNumber: string): Promise<string | null> {
  const member = await tx.findOne(Member, { village, year, idNumber }, { fields: ['name'] });
  if (!member)
    throw new BadUserInput(`${village.name}${year}年度花名册中没有身份证号为${idNumber}的成员，请先导入花名册或核对号码（idNumber）`, {
      field: 'idNumber',
    });
  if ((await settledIdNumbers(tx, village, year))?.has(idNumber)) {
    throw new Conflict(`该成员${year}年度的结算已确认，资助不能再登记或更改；已确认的结算不再变化`);
  }
  return member.name;
}

export async function recordGift(em: Em, user: User, policies: PolicySource, input: GiftInput): Promise<DonationGift> {
  const { village, givers, fields } = await checkInput(em, user, policies, input);
  return em.transactional(async (tx) => {
    await lockVillage(tx, village);
    const name = await assertOpen(tx, village, fields.year, fields.idNumber);
    const gift = tx.create(DonationGift, { ...fields, name, village, donor: givers.donor, charity: givers.charity, createdBy: user });
    await tx.flush();
    audit(tx, user, 'RECORD_GIFT', 'DonationGift', gift.id, null, giftSnapshot(gift), { village, year: gift.year });
    await tx.flush();
    return gift;
  });
}

export async function updateGift(
  em: Em,
  user: User,
  policies: PolicySource,
  giftId: string,
  input: GiftInput,
  expectedVersion?: number | null,
): Promise<DonationGift> {
  const { village, givers, fields } = await checkInput(em, user, policies, input);
  return em.transactional(async (tx) => {
    const gift = await changeableGift(tx, user, giftId, expectedVersion);
    if (village.id !== gift.village.id) await lockVillage(tx, village);
    const name = await assertOpen(tx, village, fields.year, fields.idNumber);
    const before = giftSnapshot(gift);
    Object.assign(gift, { ...fields, name, village, donor: givers.donor, charity: givers.charity, version: gift.version + 1 });
    audit(tx, user, 'UPDATE_GIFT', 'DonationGift', gift.id, before, giftSnapshot(gift), { village, year: gift.year });
    await tx.flush();
    return gift;
  });
}

export async function deleteGift(em: Em, user: User, giftId: string): Promise<string> {
  return em.transactional(async (tx) => {
    const gift = await changeableGift(tx, user, giftId, null);
    audit(tx, user, 'DELETE_GIFT', 'DonationGift', gift.id, giftSnapshot(gift), null, { village: gift.village, year: gift.year });
    tx.remove(gift);
    await tx.flush();
    return giftId;
  });
}

/** The gift, locked, if the user may change it and its member is not settled for good. */
async function changeableGift(tx: Em, user: User, giftId: string, expectedVersion: number | null | undefined): Promise<DonationGift> {
  const id = numericId(giftId);
  const gift = id ? await tx.findOne(DonationGift, { id }, { populate: GIFT_POPULATE }) : null;
  if (!gift) throw new NotFound(`没有编号为${giftId}的定向资助`);
  assertMayRecordFor(user, gift.village, channelOf(gift.donor, gift.charity));
  await lockVillage(tx, gift.village);
  if (expectedVersion != null && expectedVersion !== gift.version)
    throw new Conflict(`该资助已被他人修改（现为第${gift.version}版），请刷新后再改`);
  if ((await settledIdNumbers(tx, gift.village, gift.year))?.has(gift.idNumber)) {
    throw new Conflict(`该成员${gift.year}年度的结算已确认，此笔资助已结算，不能更改或删除`);
  }
  return gift;
}
