/**
 * Ends every session of a user: the token version goes up by one in a single SQL statement (two requests doing it
 * at once both count), optionally with a new password hash. Tokens carrying an older version stop working.
 */
import { namedRaw } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';

/** The new token version. */
export async function endSessions(em: Em, userId: number, passwordHash?: string): Promise<number> {
  const set = passwordHash === undefined ? '' : `, "password_hash" = :passwordHash`;
  const rows = await namedRaw<{ token_version: number }>(
    em,
    `update "app_user" set "token_version" = "token_version" + 1${set} where "id" = :userId returning "token_version"`,
    { userId, ...(passwordHash === undefined ? {} : { passwordHash }) },
  );
  return Number(rows[0]!.token_version);
}
