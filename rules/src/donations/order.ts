import type { Member } from '../types.js';
import type { DonationOrder } from './types.js';

const byIdNumber = (a: Member, b: Member): number => (a.idNumber < b.idNumber ? -1 : a.idNumber > b.idNumber ? 1 : 0);

/**
 * The member indexes in the pool's order: ROSTER keeps the roster's; OLDEST_FIRST / YOUNGEST_FIRST go by
 * birth date; ID_NUMBER by the ID number's text. Birth-date ties are broken by ID number, so every order is
 * the same whatever the roster's. Returns a new array.
 */
export function orderMembers(members: readonly Member[], indexes: readonly number[], order: DonationOrder): number[] {
  const out = [...indexes];
  if (order === 'ROSTER') return out;
  if (order === 'ID_NUMBER') return out.sort((a, b) => byIdNumber(members[a]!, members[b]!));
  const sign = order === 'OLDEST_FIRST' ? 1 : -1;
  return out.sort((a, b) => {
    const ma = members[a]!;
    const mb = members[b]!;
    if (ma.birthDate !== mb.birthDate) return (ma.birthDate < mb.birthDate ? -1 : 1) * sign;
    return byIdNumber(ma, mb);
  });
}
