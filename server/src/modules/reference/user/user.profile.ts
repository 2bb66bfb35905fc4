/** A user's real name and phone (issue 14 item 12): who signed a receipt or accepted a settlement, and how to reach them. */
import type { Em } from '../../../db/orm.js';
import { BadUserInput } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import type { User } from './user.entity.js';
import { userSnapshot } from './user.type.js';

export interface Profile {
  realName: string | null;
  phone: string | null;
}

/** The profile trimmed and checked (empty → null); BAD_USER_INPUT naming the field otherwise. */
export function checkProfile(input: Profile): Profile {
  const realName = input.realName?.trim() || null;
  const phone = input.phone?.replace(/\s/g, '') || null;
  if (realName && !/^[\p{L}·.\s]{2,32}$/u.test(realName))
    throw new BadUserInput(`姓名（realName）应为2至32个汉字或字母，现为“${realName}”：请改正`, { field: 'realName' });
  if (phone && !/^\+?\d[\d-]{4,18}\d$/.test(phone))
    throw new BadUserInput(`联系电话（phone）应为6至20位数字（可含 - 和开头的 +），现为“${phone}”：请改正`, { field: 'phone' });
  return { realName, phone };
}

export async function setProfile(em: Em, manager: User, target: User, input: Profile): Promise<User> {
  const profile = checkProfile(input);
  return em.transactional(async (tx) => {
    const before = userSnapshot(target);
    Object.assign(target, profile);
    audit(tx, manager, 'UPDATE_USER_PROFILE', 'User', target.id, before, userSnapshot(target));
    await tx.flush();
    return target;
  });
}
