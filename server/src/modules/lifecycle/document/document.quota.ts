/**
 * The documents a village may keep in all, over every scheme, year and version: at most `files` files and `bytes`
 * bytes (defaults 300 files, 300 MB; CUNCE_VILLAGE_DOCUMENTS and CUNCE_VILLAGE_DOCUMENT_MB set others). Counted in
 * SQL inside the upload's transaction after the village's row is locked, so parallel uploads cannot pass it.
 */
import { queryBuilder } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { BadUserInput } from '../../../errors.js';
import type { Village } from '../../reference/division/village.entity.js';
import { lockVillage } from '../scheme/village.lock.js';

const MB = 1024 * 1024;

export const VILLAGE_DOCUMENT_QUOTA = quotaFrom(process.env);

export function quotaFrom(env: NodeJS.ProcessEnv): { files: number; bytes: number } {
  const files = Number(env.CUNCE_VILLAGE_DOCUMENTS || 300);
  const megabytes = Number(env.CUNCE_VILLAGE_DOCUMENT_MB || 300);
  if (!Number.isInteger(files) || files < 1)
    throw new Error(`CUNCE_VILLAGE_DOCUMENTS must be a whole number above 0, got ${env.CUNCE_VILLAGE_DOCUMENTS}`);
  if (!(megabytes > 0)) throw new Error(`CUNCE_VILLAGE_DOCUMENT_MB must be a number above 0, got ${env.CUNCE_VILLAGE_DOCUMENT_MB}`);
  return { files, bytes: Math.floor(megabytes * MB) };
}

/** Refuses (BAD_USER_INPUT, reason VILLAGE_QUOTA) when a file of `size` bytes would take the village past its quota. */
export async function assertVillageQuota(tx: Em, village: Village, size: number): Promise<void> {
  await lockVillage(tx, village);
  const knex = queryBuilder(tx);
  const [row] = await knex('step_document as d')
    .join('decision_step as s', 's.id', 'd.decision_step_id')
    .join('scheme as c', 'c.id', 's.scheme_id')
    .where('c.village_id', village.id)
    .select(knex.raw('count(d.id) as files, coalesce(sum(d.size), 0) as bytes'));
  const files = Number(row?.files ?? 0);
  const bytes = Number(row?.bytes ?? 0);
  const { files: maxFiles, bytes: maxBytes } = VILLAGE_DOCUMENT_QUOTA;
  if (files + 1 > maxFiles || bytes + size > maxBytes) {
    const used = `本村已存${files}个文件、共${(bytes / MB).toFixed(1)} MB`;
    throw new BadUserInput(`${used}，每村最多存${maxFiles}个文件、共${(maxBytes / MB).toFixed(1)} MB；请先删除不再需要的文件后再上传`, {
      field: 'contentBase64',
      reason: 'VILLAGE_QUOTA',
    });
  }
}
