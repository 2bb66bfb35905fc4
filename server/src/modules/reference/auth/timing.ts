/**
 * Password checks that keep refusals as slow as a check, so that timing tells no more than the answer: an
 * unknown name checks the password against a hash of today's cost; a locked counter waits as long as the recent
 * checks took, without spending the CPU (a flood of refused attempts costs the server only the wait).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { hashPassword, needsRehash, verifyPassword } from './password.js';

let dummyHash: Promise<string> | undefined;
/** A moving average of checks at today's cost, in milliseconds (0: none yet). */
let typicalMs = 0;

export async function checkPassword(password: string, hash: string): Promise<boolean> {
  const started = performance.now();
  const right = await verifyPassword(password, hash);
  if (!needsRehash(hash)) {
    const ms = performance.now() - started;
    typicalMs = typicalMs ? typicalMs * 0.8 + ms * 0.2 : ms;
  }
  return right;
}

/** Checks `password` against a hash nobody has. */
export async function checkWithoutUser(password: string): Promise<void> {
  await checkPassword(password, await (dummyHash ??= hashPassword('-')));
}

/** Waits about as long as a password check. */
export async function waitAsLongAsACheck(): Promise<void> {
  if (!typicalMs) await checkWithoutUser('-');
  else await sleep(typicalMs);
}
