import { maskIdNumber } from '@cunce/rules';
import type { Context } from '../../reference/context.js';
import { canSeeFullId, checkVillageRole, requireUser } from '../../reference/auth/access.js';
import type { Village } from '../../reference/division/village.entity.js';
import type { VillageType } from '../../reference/division/division.types.js';

/**
 * The village behind a Village field, if the user may read it. Village fields can be reached from the public
 * `counties` query too, so every field resolver of stored data checks here.
 */
export function readableVillage(ctx: Context, village: VillageType): Village {
  checkVillageRole(requireUser(ctx), village.entity, null);
  return village.entity;
}

/** How ID numbers of the village are shown to this reader: whole or masked (API.md). */
export function idShower(ctx: Context, village: Village): (id: string) => string {
  return canSeeFullId(ctx.user, village) ? (id) => id : maskIdNumber;
}
