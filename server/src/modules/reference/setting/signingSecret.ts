/**
 * The token signing secret: CUNCE_JWT_SECRET, or one generated at the first start and kept in the database.
 * Whichever it is, the SQL log (DEBUG_SQL=1) never prints it.
 */
import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Em } from '../../../db/orm.js';
import { redactInSqlLog } from '../../../db/sqlLog.js';
import { Setting } from './setting.entity.js';

const KEY = 'jwtSecret';

export async function loadSigningSecret(em: Em, fromEnv: string | undefined): Promise<Uint8Array> {
  if (fromEnv) {
    redactInSqlLog(fromEnv);
    return new TextEncoder().encode(fromEnv);
  }
  const stored = await em.findOne(Setting, { key: KEY });
  if (stored) return kept(stored.value);
  const value = randomBytes(32).toString('base64');
  redactInSqlLog(value);
  try {
    await em.insert(Setting, { key: KEY, value });
  } catch (error) {
    // Another process starting on the same database stored one first: use theirs.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    return kept((await em.fork().findOneOrFail(Setting, { key: KEY })).value);
  }
  return Buffer.from(value, 'base64');
}

function kept(value: string): Uint8Array {
  redactInSqlLog(value);
  return Buffer.from(value, 'base64');
}
