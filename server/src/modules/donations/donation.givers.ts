/** The donor and, when the money goes through one, the charity organisation of a gift or pool. */
import type { Em } from '../../db/orm.js';
import { BadUserInput } from '../../errors.js';
import type { User } from '../reference/user/user.entity.js';
import { channelOf, type Channel } from './donation.access.js';
import type { Donor } from './donor.entity.js';
import { visibleDonor } from './donor.service.js';

export interface Givers {
  donor: Donor;
  charity: Donor | null;
  channel: Channel;
}

export async function resolveGivers(em: Em, user: User, donorId: string, charityId: string | null | undefined): Promise<Givers> {
  const donor = await visibleDonor(em, user, donorId, 'donorId');
  const charity = charityId ? await visibleDonor(em, user, charityId, 'charityId') : null;
  if (charity && charity.kind !== 'CHARITY')
    throw new BadUserInput(`经由的慈善组织（charityId）应为慈善组织类捐赠方，“${charity.name}”不是`, { field: 'charityId' });
  if (charity && donor.kind === 'CHARITY')
    throw new BadUserInput(`捐赠方“${donor.name}”本身是慈善组织，不再填经由的慈善组织（charityId）`, { field: 'charityId' });
  return { donor, charity, channel: channelOf(donor, charity) };
}
