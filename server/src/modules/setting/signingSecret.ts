/** The token signing secret: CUNCE_JWT_SECRET, or one generated at the first start and kept in the database. */
import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Em } from '../../db/orm.js';
import { Setting } from './setting.entity.js';

const KEY = 'jwtSecret';

export async function loadSigningSecret(em: Em, fromEnv: string | undefined): Promise<Uint8Array> {
  if (fromEnv) return new TextEncoder().encode(fromEnv);
  const stored = await em.findOne(Setting, { key: KEY });
  if (stored) return Buffer.from(stored.value, 'base64');
  const value = randomBytes(32).toString('base64');
  try {
    await em.insert(Setting, { key: KEY, value });
  } catch (error) {
    // Another process starting on the same database stored one first: use theirs.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    return Buffer.from((await em.fork().findOneOrFail(Setting, { key: KEY })).value, 'base64');
  }
  return Buffer.from(value, 'base64');
}
