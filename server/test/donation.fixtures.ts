/**
 * Factories and operations of the donation tests: credit codes, donors, gifts and pools through the API, and a
 * village taken to a filed standard with a roster (the fixture standard pays 100 yuan from the 500 tier up, 30
 * below; the 2025 region cap is 3000 yuan).
 */
import { creditCodeCheckChar } from '../src/modules/donations/donor.creditCode.js';
import type { Harness } from './harness.js';
import { fileScheme, IMPORT, member, ruleSet, SETTLEMENT_FIELDS, villageTeam, type VillageTeam } from './scheme.fixtures.js';

let serial = 0;
/** A valid 统一社会信用代码 (an enterprise's, 91…, or with `prefix` 53 a social organisation's). */
export function creditCode(prefix = '91'): string {
  const first17 = `${prefix}640121MA${String(++serial).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

export const DONOR_FIELDS = 'id kind name contact creditCode areaCode countyCode version';
export const GIFT_FIELDS = `id channel year idNumber name amount receivedOn note version createdBy donor { id name } charity { id name } village { code name }`;
export const POOL_FIELDS = `id channel year countyCode label amount perMember condition order note version usedFinal usedDraft left donor { id name } charity { id } villages { code }`;

export const CREATE_DONOR = `mutation ($i: DonorInput!) { createDonor(input: $i) { ${DONOR_FIELDS} } }`;
export const UPDATE_DONOR = `mutation ($id: ID!, $i: DonorInput!, $v: Int) { updateDonor(donorId: $id, input: $i, expectedVersion: $v) { ${DONOR_FIELDS} } }`;
export const DELETE_DONOR = `mutation ($id: ID!) { deleteDonor(donorId: $id) }`;
export const DONORS = `query ($s: String, $k: DonorKind) { donors(search: $s, kind: $k) { ${DONOR_FIELDS} } }`;
export const RECORD_GIFT = `mutation ($i: GiftInput!) { recordGift(input: $i) { ${GIFT_FIELDS} } }`;
export const UPDATE_GIFT = `mutation ($id: ID!, $i: GiftInput!, $v: Int) { updateGift(giftId: $id, input: $i, expectedVersion: $v) { ${GIFT_FIELDS} } }`;
export const DELETE_GIFT = `mutation ($id: ID!) { deleteGift(giftId: $id) }`;
export const RECORD_POOL = `mutation ($i: PoolInput!) { recordPool(input: $i) { ${POOL_FIELDS} } }`;
export const UPDATE_POOL = `mutation ($id: ID!, $i: PoolInput!, $v: Int) { updatePool(poolId: $id, input: $i, expectedVersion: $v) { ${POOL_FIELDS} } }`;
export const DELETE_POOL = `mutation ($id: ID!) { deletePool(poolId: $id) }`;
export const STATEMENT = `query ($d: ID!, $y: Int!) { donorStatement(donorId: $d, year: $y) {
  year complete final generatedAt donor { id name }
  gifts { status settlementId applied returned unallocated gift { id idNumber name amount village { code } } }
  pools { pool { id amount usedFinal usedDraft left } allocations { settlementId status village { code } idNumber name applied } }
  settlements { settlementId village { code } status final applied returned settlementDonation settlementDonationExcess }
  totals { given applied returned unallocated appliedFinal returnedFinal appliedDraft returnedDraft } } }`;
export const VILLAGE_DONATIONS = `query ($v: String!, $y: Int!) { villageDonations(villageCode: $v, year: $y) {
  village { code name } year gifts { ${GIFT_FIELDS} } pools { ${POOL_FIELDS} } poolsAvailable { poolId available }
  settlements { settlementId status supplementary donation donationExcess byDonor { donorName given applied returned donor { id } }
    allocations { idNumber name source giftId poolId donorId donorName applied returned } } } }`;
export const DONATION_SETTLEMENT_FIELDS = `${SETTLEMENT_FIELDS} outcomes { idNumber donation donationExcess collective accountCredit reasons }
  donationsByDonor { donorName given applied returned donor { id kind } }
  donationAllocations { idNumber name source giftId poolId donorId donorName applied returned }`;
export const SETTLE_DONATIONS = `mutation ($v: String!, $y: Int!, $s: Boolean) { settle(villageCode: $v, year: $y, supplementary: $s) { ${DONATION_SETTLEMENT_FIELDS} } }`;
export const CONFIRM_DONATIONS = `mutation ($id: ID!) { confirmSettlement(settlementId: $id) { ${DONATION_SETTLEMENT_FIELDS} } }`;

export function charityInput(overrides: Record<string, unknown> = {}) {
  return { kind: 'CHARITY', name: `慈善会${++serial}`, contact: '0951-1234567', creditCode: creditCode('53'), ...overrides };
}
export function enterpriseInput(overrides: Record<string, unknown> = {}) {
  return { kind: 'ENTERPRISE', name: `企业${++serial}`, creditCode: creditCode(), ...overrides };
}
export function individualInput(overrides: Record<string, unknown> = {}) {
  return { kind: 'INDIVIDUAL', name: `个人${++serial}`, contact: '13900000000', ...overrides };
}

export async function donor(h: Harness, token: string, input: Record<string, unknown>): Promise<{ id: string; name: string }> {
  return (await h.ok(CREATE_DONOR, { i: input }, token)).createDonor;
}

export async function gift(h: Harness, token: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  return (await h.ok(RECORD_GIFT, { i: { year: 2025, ...input } }, token)).recordGift;
}

export async function pool(h: Harness, token: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  return (await h.ok(RECORD_POOL, { i: { year: 2025, ...input } }, token)).recordPool;
}

/** A village of the pilot county with a filed standard and `members` on its 2025 roster. */
export async function villageWithRoster(
  h: Harness,
  village: string,
  members: Record<string, unknown>[],
  team?: VillageTeam,
): Promise<VillageTeam> {
  const t = team ?? (await villageTeam(h, village));
  await fileScheme(h, t, ruleSet({ village }));
  await h.ok(IMPORT, { v: village, y: 2025, m: members }, t.cadre);
  return t;
}

export { member };

/** Σ of a money field over a list, in fen (no float additions). */
export const sumFen = <T>(list: readonly T[], f: (x: T) => number) => list.reduce((s, x) => s + Math.round(f(x) * 100), 0);
