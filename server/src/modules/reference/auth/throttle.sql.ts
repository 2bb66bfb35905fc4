/**
 * The login counters' SQL (table login_throttle, entity LoginThrottle): each change is one statement, atomic on
 * SQLite and PostgreSQL alike, so parallel attempts (and several server processes) can never count past a limit.
 * (`cast(… as timestamptz)` types a bound Date for PostgreSQL; SQLite keeps the milliseconds it binds. The
 * statements run through the adapter's namedRaw, their dates read with rawDate.)
 */
import { namedRaw, namedRun, rawDate } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';

export interface Limit {
  /** Failures within the window that lock the counter (the attempt reaching it is still checked). */
  max: number;
  windowMinutes: number;
  lockMinutes: number;
}

export interface Reserved {
  failures: number;
  lastSuccessAt: Date | null;
}

const minutes = (now: Date, n: number) => new Date(now.getTime() + n * 60_000);

/**
 * Counts one more attempt against `key` unless it is locked, locking it when the count reaches `limit.max`.
 * Null when locked (nothing counted); else the count including this attempt. A window or a lock that is over
 * starts the count again.
 */
export async function reserveAttempt(em: Em, key: string, username: string | null, limit: Limit, now: Date): Promise<Reserved | null> {
  const fresh = `"login_throttle"."window_start" <= :cutoff or "login_throttle"."locked_until" is not null`;
  const count = `case when ${fresh} then 1 else "login_throttle"."failures" + 1 end`;
  const lockUntil = minutes(now, limit.lockMinutes);
  const rows = await namedRaw<{ failures: number; last_success_at: unknown }>(
    em,
    `insert into "login_throttle" ("key", "username", "failures", "window_start", "locked_until")
     values (:key, :username, 1, :now, :firstLock)
     on conflict ("key") do update set
       "failures" = ${count},
       "window_start" = case when ${fresh} then :now else "login_throttle"."window_start" end,
       "locked_until" = case when ${count} >= :max then cast(:lockUntil as timestamptz) else null end
     where "login_throttle"."locked_until" is null or "login_throttle"."locked_until" <= :now
     returning "failures", "last_success_at"`,
    {
      key,
      username,
      now,
      max: limit.max,
      cutoff: minutes(now, -limit.windowMinutes),
      lockUntil,
      firstLock: limit.max <= 1 ? lockUntil : null,
    },
  );
  const row = rows[0];
  return row ? { failures: Number(row.failures), lastSuccessAt: rawDate(row.last_success_at) } : null;
}

/** Gives back an attempt counted by `reserveAttempt` that turned out right, lifting the lock it may have set. */
export async function releaseAttempt(em: Em, key: string, limit: Limit): Promise<void> {
  await namedRaw(
    em,
    `update "login_throttle" set "failures" = "failures" - 1,
       "locked_until" = case when "failures" - 1 < :max then null else "locked_until" end
     where "key" = :key and "failures" > 0`,
    { key, max: limit.max },
  );
}

/** A successful login of the key's username from its address: the count starts over, the address is known. */
export async function recordSuccess(em: Em, key: string, now: Date): Promise<void> {
  await namedRaw(
    em,
    `update "login_throttle" set "failures" = 0, "locked_until" = null, "window_start" = :now, "last_success_at" = :now where "key" = :key`,
    { key, now },
  );
}

/** Lifts every lock and count of a username (a new password, a re-enabled account); known addresses stay known. */
export async function clearUsername(em: Em, username: string): Promise<void> {
  await namedRaw(em, `update "login_throttle" set "failures" = 0, "locked_until" = null where "username" = :username`, { username });
}

/**
 * Removes the counters that say nothing any more, so that attempts from ever new addresses or names cannot grow the
 * table without end: the window is over (`staleBefore`, the longest window ago), no lock is in force, and the
 * address is not a known one (no success since `forgetBefore`). Such a row and no row count alike.
 */
export async function pruneCounters(em: Em, now: Date, staleBefore: Date, forgetBefore: Date): Promise<number> {
  return namedRun(
    em,
    `delete from "login_throttle"
     where "window_start" < :staleBefore
       and ("locked_until" is null or "locked_until" <= :now)
       and ("last_success_at" is null or "last_success_at" < :forgetBefore)`,
    { now, staleBefore, forgetBefore },
  );
}

/** The latest lock in force on each existing user's counters (for the users list). */
export async function lockedUsers(em: Em, now: Date): Promise<Map<string, Date>> {
  const rows = await namedRaw<{ username: string; until: unknown }>(
    em,
    `select t."username", max(t."locked_until") as "until" from "login_throttle" t
     join "app_user" u on u."username" = t."username"
     where t."locked_until" > :now group by t."username"`,
    { now },
  );
  return new Map(rows.map((r) => [r.username, rawDate(r.until)!]));
}
