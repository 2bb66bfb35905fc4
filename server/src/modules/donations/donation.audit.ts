/** What 县民政 (CIVIL_AFFAIRS) reads of a village's audit log: the donation records of its county's villages. */
import type { Context } from '../reference/context.js';
import { requireUser } from '../reference/auth/access.js';
import type { Village } from '../reference/division/village.entity.js';
import { getVillage } from '../reference/division/village.lookup.js';
import { assertCanReadDonations } from './donation.access.js';

export const DONATION_ENTITIES = ['Donor', 'DonationGift', 'DonationPool'] as const;

/** The village if the user may read its donations (FORBIDDEN otherwise, NOT_FOUND for an unknown code). */
export async function donationVillage(ctx: Context, villageCode: string): Promise<Village> {
  const village = await getVillage(ctx.em, villageCode);
  assertCanReadDonations(requireUser(ctx), village);
  return village;
}
