/** The roster connection's search: a fragment of a name or an ID number, as a LIKE filter without wildcards of its own. */
import type { FilterQuery } from '@mikro-orm/core';
import type { Village } from '../../reference/division/village.entity.js';
import { Member } from './member.entity.js';

export const SEARCH_MAX = 30;

/**
 * The members of the village's year whose name, or (for readers who see ID numbers whole) ID number, contains the
 * fragment. LIKE's own wildcards typed by the reader (`%`, `_`, `\`) are dropped, so that they match nothing special;
 * ID numbers are stored upper-case, so the fragment is too for them. Readers who see ID numbers masked search names
 * only: matching the hidden digits would reveal them.
 */
export function rosterFilter(village: Village, year: number, search: string | null, wholeIds: boolean): FilterQuery<Member> {
  const fragment = (search ?? '').replace(/[%_\\]/g, '').trim();
  if (!fragment) return { village, year };
  const byName = { name: { $like: `%${fragment}%` } };
  if (!wholeIds) return { village, year, ...byName };
  return { village, year, $or: [byName, { idNumber: { $like: `%${fragment.toUpperCase()}%` } }] };
}
