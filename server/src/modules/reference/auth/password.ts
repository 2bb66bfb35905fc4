/**
 * Password hashing with scrypt (node:crypto) at OWASP's cost (Password Storage Cheat Sheet: N=2^17, r=8, p=1), a
 * random salt per password, the parameters kept in the hash: `$scrypt$ln=17,r=8,p=1$<salt>$<hash>` (base64).
 * Hashes of the first release, `scrypt$<salt>$<hash>`, were made with node's defaults (N=2^14, r=8, p=1): they
 * still verify, and `needsRehash` tells the login to store a new one.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { envInteger } from '../../../envInteger.js';

const scryptAsync = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scrypt(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));

export interface ScryptCost {
  /** log2 of N, the CPU/memory cost. */
  ln: number;
  r: number;
  p: number;
}

/** OWASP's N=2^17. */
export const DEFAULT_SCRYPT_LN = 17;

/**
 * Today's cost. `CUNCE_SCRYPT_LN` (10–20) lowers or raises log2 N: the test suites set 12 so that hundreds of
 * logins do not take minutes; production leaves it unset, and the server warns at start when it is below 17.
 * A hash stored at a lower cost than today's is rehashed at the next login, so raising it again upgrades every
 * account that logs in.
 */
export const SCRYPT_COST: ScryptCost = { ln: envInteger(process.env, 'CUNCE_SCRYPT_LN', DEFAULT_SCRYPT_LN, 10, 20), r: 8, p: 1 };
const LEGACY_COST: ScryptCost = { ln: 14, r: 8, p: 1 };
const KEY_LENGTH = 64;
const HIGHEST_LN = 20;

interface Parsed {
  cost: ScryptCost;
  /** A first-release hash: always rehashed, whatever today's cost. */
  legacy: boolean;
  salt: Buffer;
  hash: Buffer;
}

/** scrypt needs 128·N·r bytes; node refuses more than 32 MB unless `maxmem` says otherwise. */
function options(cost: ScryptCost): ScryptOptions {
  const N = 2 ** cost.ln;
  return { N, r: cost.r, p: cost.p, maxmem: 128 * N * cost.r * cost.p + 16 * 1024 * 1024 };
}

/** A new hash at today's cost (`cost` only for tests of other costs). */
export async function hashPassword(password: string, cost: ScryptCost = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, KEY_LENGTH, options(cost));
  const { ln, r, p } = cost;
  return `$scrypt$ln=${ln},r=${r},p=${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const actual = await scryptAsync(password, parsed.salt, parsed.hash.length, options(parsed.cost));
  return timingSafeEqual(actual, parsed.hash);
}

/** Whether a stored hash was made at a lower cost than today's (then the next successful login rehashes). */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed || parsed.legacy) return true;
  const { cost } = parsed;
  return cost.ln < SCRYPT_COST.ln || cost.r < SCRYPT_COST.r || cost.p < SCRYPT_COST.p;
}

function parse(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length === 3 && parts[0] === 'scrypt') return decode(LEGACY_COST, parts[1]!, parts[2]!, true);
  const params = /^ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})$/.exec(parts[2] ?? '');
  if (parts.length !== 5 || parts[0] !== '' || parts[1] !== 'scrypt' || !params) return null;
  const cost = { ln: Number(params[1]), r: Number(params[2]), p: Number(params[3]) };
  if (cost.ln < 1 || cost.ln > HIGHEST_LN || cost.r < 1 || cost.p < 1) return null;
  return decode(cost, parts[3]!, parts[4]!);
}

function decode(cost: ScryptCost, salt: string, hash: string, legacy = false): Parsed | null {
  if (!salt || !hash) return null;
  return { cost, legacy, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

/** A random password for the first admin when none is configured (16 characters of base64url: 96 bits). */
export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}
