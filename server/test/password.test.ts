import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEFAULT_SCRYPT_LN, hashPassword, needsRehash, SCRYPT_COST, verifyPassword } from '../src/modules/reference/auth/password.js';
import { passwordProblem } from '../src/modules/reference/auth/passwordPolicy.js';
import { User } from '../src/modules/reference/user/user.entity.js';
import { createHarness, PASSWORD, PILOT, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** A hash as the first release made it: node's default scrypt cost (N=2^14, r=8, p=1). */
const LEGACY = 'scrypt$c2FsdC1vZi0xNi1ieXRlcw==$+f3OIDZ8Xggud2/So0xOzmWOv1ixf+B04ezqQiEXO5OWyRk+LiKb/CfjCMEmhgfUTdK7E3jYJU6+NhYX61XcGQ==';

/** Today's cost in these tests: CUNCE_SCRYPT_LN=12 (vitest.config.ts); production's 17 is tested end to end. */
const TODAY = `$scrypt$ln=${SCRYPT_COST.ln},r=8,p=1$`;

test('hashes at OWASP’s scrypt cost by default, with the parameters in the hash, and verifies', async () => {
  expect(DEFAULT_SCRYPT_LN).toBe(17);
  const hash = await hashPassword('a-fine-password-1', { ln: DEFAULT_SCRYPT_LN, r: 8, p: 1 });
  expect(hash).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
  expect(await verifyPassword('a-fine-password-1', hash)).toBe(true);
  expect(await verifyPassword('a-fine-password-2', hash)).toBe(false);
  expect(needsRehash(hash)).toBe(false);
});

test('a hash below today’s cost needs a rehash; one at or above it does not', async () => {
  expect(SCRYPT_COST.ln).toBe(12);
  expect(needsRehash(await hashPassword('a-fine-password-1', { ln: 11, r: 8, p: 1 }))).toBe(true);
  expect(needsRehash(await hashPassword('a-fine-password-1'))).toBe(false);
  expect((await hashPassword('a-fine-password-1')).startsWith(TODAY)).toBe(true);
});

test('verifies a first-release hash and replaces it at today’s cost on the next login', async () => {
  expect(await verifyPassword('legacy-password-1', LEGACY)).toBe(true);
  expect(needsRehash(LEGACY)).toBe(true);
  const { user } = await h.loginAs('AGENCY', null, 'legacy-user');
  await h.em().nativeUpdate(User, { id: user.id }, { passwordHash: LEGACY });
  expect(await h.login('legacy-user', 'legacy-password-1')).toBeTruthy();
  const stored = await h.em().findOneOrFail(User, { id: user.id });
  expect(stored.passwordHash.startsWith(TODAY)).toBe(true);
  expect(await h.login('legacy-user', 'legacy-password-1')).toBeTruthy();
});

test('refuses short, common and username-like passwords, naming the field', () => {
  expect(passwordProblem('short-pw1', 'someone', '密码')).toBe('密码至少10位，现为9位，请加长');
  expect(passwordProblem('Password123', 'someone', '密码')).toBe('密码是常见密码，容易被猜中，请换一个不常见的密码');
  expect(passwordProblem('1qaz2wsx3edc', 'someone', '密码')).toMatch(/常见密码/);
  expect(passwordProblem('Cadre-Account-1', 'cadre-account-1', '密码')).toBe('密码不能与用户名相同，请换一个');
  expect(passwordProblem('x'.repeat(201), 'someone', '密码')).toMatch(/过长/);
  expect(passwordProblem('村里的新密码要够长', 'someone', '密码')).toMatch(/至少10位，现为9位/);
  expect(passwordProblem(PASSWORD, 'someone', '密码')).toBeNull();
});

test('createUser refuses a common password and a password equal to the username with BAD_USER_INPUT', async () => {
  const create = 'mutation ($u: String!, $p: String!) { createUser(username: $u, password: $p, role: AGENCY) { id } }';
  const common = await h.gql(create, { u: 'weak-one', p: 'qwertyuiop' }, await h.adminToken());
  expect(common.errors?.[0]).toMatchObject({
    message: '密码（password）是常见密码，容易被猜中，请换一个不常见的密码',
    extensions: { code: 'BAD_USER_INPUT', field: 'password' },
  });
  const same = await h.gql(create, { u: 'agency-person', p: 'agency-person' }, await h.adminToken());
  expect(same.errors?.[0]?.message).toBe('密码（password）不能与用户名相同，请换一个');
  expect(await h.em().count(User, { username: { $in: ['weak-one', 'agency-person'] } })).toBe(0);
});

test('resetPassword refuses a weak password and keeps the old one', async () => {
  const { user } = await h.loginAs('VILLAGE_CADRE', PILOT.village, 'cadre-weak-reset');
  const res = await h.gql(
    'mutation ($id: ID!) { resetPassword(userId: $id, password: "1234567890") { id } }',
    { id: String(user.id) },
    await h.adminToken(),
  );
  expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  expect(await h.login('cadre-weak-reset', PASSWORD)).toBeTruthy();
});
