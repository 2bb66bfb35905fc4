/** Writing an import's updates and removals without the unit of work (rosters run to thousands of rows). */
import type { Member as CheckedMember } from '@cunce/rules';
import { batchUpdate } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { Member } from './member.entity.js';
import { storedFields } from './roster.mapper.js';

const DELETE_BATCH = 500;

/** An import's member whose stored row it changes: the row's id, the sent row's index, the new fields. */
export interface Change {
  id: number;
  index: number;
  idNumber: string;
  fields: ReturnType<typeof storedFields>;
}

/** The members already stored (`stored`, by ID number) whose fields the import changes. */
export function changesOf(stored: ReadonlyMap<string, Member>, members: readonly CheckedMember[]): Change[] {
  return members.flatMap((m, index) => {
    const row = stored.get(m.idNumber);
    if (!row) return [];
    const fields = storedFields(m);
    return JSON.stringify(fields) === JSON.stringify(storedFields(row)) ? [] : [{ id: row.id, index, idNumber: m.idNumber, fields }];
  });
}

/** Rewrites the changed members (one statement), and deletes `gone`. */
export async function writeChanges(em: Em, changed: readonly Change[], gone: readonly Member[], now: Date): Promise<void> {
  await batchUpdate(
    em,
    Member,
    changed.map((c) => ({ id: c.id, ...c.fields, updatedAt: now })),
  );
  await deleteMembers(em, gone);
}

/** Deletes the rows, a batch at a time. */
export async function deleteMembers(em: Em, gone: readonly Member[]): Promise<void> {
  for (let i = 0; i < gone.length; i += DELETE_BATCH) {
    await em.nativeDelete(Member, { id: { $in: gone.slice(i, i + DELETE_BATCH).map((m) => m.id) } });
  }
}
