/** Writing an import's updates and removals without the unit of work (rosters run to thousands of rows). */
import type { Member as CheckedMember } from '@cunce/rules';
import { batchUpdate } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { Member } from './member.entity.js';
import { storedFields } from './roster.mapper.js';

const DELETE_BATCH = 500;

/** Rewrites the members already stored whose fields changed (one statement), and deletes `gone`. */
export async function writeChanges(
  em: Em,
  stored: ReadonlyMap<string, Member>,
  members: readonly CheckedMember[],
  gone: readonly Member[],
  now: Date,
): Promise<void> {
  const changed = members.flatMap((m) => {
    const row = stored.get(m.idNumber);
    if (!row) return [];
    const fields = storedFields(m);
    return JSON.stringify(fields) === JSON.stringify(storedFields(row)) ? [] : [{ id: row.id, ...fields, updatedAt: now }];
  });
  await batchUpdate(em, Member, changed);
  await deleteMembers(em, gone);
}

/** Deletes the rows, a batch at a time. */
export async function deleteMembers(em: Em, gone: readonly Member[]): Promise<void> {
  for (let i = 0; i < gone.length; i += DELETE_BATCH) {
    await em.nativeDelete(Member, { id: { $in: gone.slice(i, i + DELETE_BATCH).map((m) => m.id) } });
  }
}
