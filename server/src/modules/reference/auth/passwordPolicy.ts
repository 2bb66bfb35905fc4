/**
 * What a new password must be (OWASP ASVS 2.1): at least 10 characters, at most 200, not the username, not one
 * of the common passwords in server/resources/common-passwords.txt (compared without regard to case). Checked when a
 * user is created, a password reset or changed, and for the first administrator's CUNCE_ADMIN_PASSWORD.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../config.js';
import { BadUserInput } from '../../../errors.js';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
const LIST = join(REPO_ROOT, 'server/resources/common-passwords.txt');

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(LIST, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  );
  return common;
}

/** Why `password` may not be used by `username`, in Chinese naming `field`; null if it may. */
export function passwordProblem(password: string, username: string, field: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `${field}至少${MIN_PASSWORD_LENGTH}位，现为${length}位，请加长`;
  if (length > MAX_PASSWORD_LENGTH) return `${field}过长（至多${MAX_PASSWORD_LENGTH}位），请缩短`;
  const lower = password.toLowerCase();
  if (lower === username.trim().toLowerCase()) return `${field}不能与用户名相同，请换一个`;
  if (commonPasswords().has(lower)) return `${field}是常见密码，容易被猜中，请换一个不常见的密码`;
  return null;
}

/** BAD_USER_INPUT (with `extensions.field`) unless `password` is acceptable for `username`. */
export function assertPasswordAcceptable(password: string, username: string, field: { name: string; label: string }): void {
  const problem = passwordProblem(password, username, `${field.label}（${field.name}）`);
  if (problem) throw new BadUserInput(problem, { field: field.name });
}
