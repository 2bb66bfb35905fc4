/**
 * Throttling of password checks, after OWASP's advice against brute force without handing attackers a way to
 * lock people out (Authentication and "Blocking Brute Force Attacks" cheat sheets, ASVS 2.2.1). Each attempt is
 * counted before its password is checked, on three counters:
 *
 * - the username from this address: 5 failures in 15 minutes lock that pair for 15 minutes, so an attacker
 *   hammering a name locks only themselves out, and the owner logs in from elsewhere;
 * - the address across all usernames: 30 failures in 15 minutes lock the address for 15 minutes (spraying);
 * - the username from any address that has not logged into it before: 30 failures in an hour close the account
 *   to such addresses for an hour (many addresses against one account), while the addresses it logged in from
 *   in the last 90 days still get in.
 *
 * A locked counter refuses the attempt unchecked; a right password gives its attempt back.
 */
import type { Em } from '../../../db/orm.js';
import { pruneCounters, releaseAttempt, recordSuccess, reserveAttempt, type Limit } from './throttle.sql.js';

export const ACCOUNT_ADDRESS_LIMIT: Limit = { max: 5, windowMinutes: 15, lockMinutes: 15 };
export const ADDRESS_LIMIT: Limit = { max: 30, windowMinutes: 15, lockMinutes: 15 };
export const ACCOUNT_LIMIT: Limit = { max: 30, windowMinutes: 60, lockMinutes: 60 };
const KNOWN_ADDRESS_DAYS = 90;
/** How often a process clears the counters that say nothing any more (pruneLogins). */
const PRUNE_EVERY_MS = 10 * 60_000;
let prunedAt = 0;

export interface Attempt {
  /** False: a counter is locked, the password must not be checked. */
  allowed: boolean;
  /** Until when the counters this attempt locked stay locked (null: it locked none). */
  lockedUntil: Date | null;
  /** The counters this attempt was counted on, given back by `attemptSucceeded`. */
  counted: { key: string; limit: Limit }[];
  pairKey: string;
}

/**
 * Deletes the counters whose windows are over, unlocked and of no known address (throttle.sql.ts `pruneCounters`):
 * run by a login at most every ten minutes in each process, so the table holds about an hour of attempts. Returns
 * how many went.
 */
export async function pruneLogins(em: Em, now: Date): Promise<number> {
  prunedAt = now.getTime();
  const longest = Math.max(...[ACCOUNT_ADDRESS_LIMIT, ADDRESS_LIMIT, ACCOUNT_LIMIT].map((l) => l.windowMinutes));
  return pruneCounters(em, now, new Date(prunedAt - longest * 60_000), new Date(prunedAt - KNOWN_ADDRESS_DAYS * 86_400_000));
}

/** Counts an attempt by `username` from `address` on every counter that applies, stopping at a locked one. */
export async function reserveLogin(em: Em, username: string, address: string, now: Date): Promise<Attempt> {
  if (now.getTime() - prunedAt >= PRUNE_EVERY_MS) await pruneLogins(em, now);
  const pairKey = `ua|${username}|${address}`;
  const attempt: Attempt = { allowed: false, lockedUntil: null, counted: [], pairKey };
  const count = async (key: string, name: string | null, limit: Limit) => {
    const reserved = await reserveAttempt(em, key, name, limit, now);
    if (!reserved) return null;
    attempt.counted.push({ key, limit });
    const until = new Date(now.getTime() + limit.lockMinutes * 60_000);
    if (reserved.failures === limit.max && until > (attempt.lockedUntil ?? now)) attempt.lockedUntil = until;
    return reserved;
  };
  if (!(await count(`a|${address}`, null, ADDRESS_LIMIT))) return attempt;
  const pair = await count(pairKey, username, ACCOUNT_ADDRESS_LIMIT);
  if (!pair) return attempt;
  const known = pair.lastSuccessAt !== null && now.getTime() - pair.lastSuccessAt.getTime() < KNOWN_ADDRESS_DAYS * 86_400_000;
  if (!known && !(await count(`u|${username}`, username, ACCOUNT_LIMIT))) return attempt;
  attempt.allowed = true;
  return attempt;
}

/** The password was right: the attempt is given back on every counter, and the address becomes known. */
export async function attemptSucceeded(em: Em, attempt: Attempt, now: Date): Promise<void> {
  for (const { key, limit } of attempt.counted) {
    if (key === attempt.pairKey) await recordSuccess(em, key, now);
    else await releaseAttempt(em, key, limit);
  }
}
