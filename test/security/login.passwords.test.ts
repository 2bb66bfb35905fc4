/**
 * Passwords over HTTP, on SQLite and (CUNCE_E2E_DB=postgres) PostgreSQL: what a new password must be (10
 * characters, not the username, not a common one) wherever one is set, the first administrator's included,
 * and how it is stored (scrypt at OWASP's cost).
 */
import { describe, expect, test } from 'vitest';
import { makeUser, PASSWORD, PILOT } from '../support/factories.js';
import { client } from '../support/gql.js';
import { freshDatabase } from '../support/database.js';
import { sql } from '../support/inspect.js';
import { ADMIN_PASSWORD, startServer, type TestServer } from '../support/server.js';
import { useServer } from '../support/useServer.js';

const CREATE = 'mutation ($u: String!, $p: String!) { createUser(username: $u, password: $p, role: AGENCY) { id } }';

describe('new passwords', () => {
  const s = useServer();

  test('createUser refuses a password under 10 characters, a common one and the username, naming the field', async () => {
    const answers = [];
    for (const [u, p] of [
      ['agency-short', 'abc-12345'],
      ['agency-common', 'qwertyuiop'],
      ['agency-common-2', 'Password123'],
      ['agency-same', 'agency-same'],
    ]) {
      const res = await s.admin.request(CREATE, { u, p });
      answers.push({ message: res.errors?.[0]?.message, ...res.errors?.[0]?.extensions });
    }
    expect(answers).toMatchInlineSnapshot(`
      [
        {
          "code": "BAD_USER_INPUT",
          "field": "password",
          "message": "密码（password）至少10位，现为9位，请加长",
        },
        {
          "code": "BAD_USER_INPUT",
          "field": "password",
          "message": "密码（password）是常见密码，容易被猜中，请换一个不常见的密码",
        },
        {
          "code": "BAD_USER_INPUT",
          "field": "password",
          "message": "密码（password）是常见密码，容易被猜中，请换一个不常见的密码",
        },
        {
          "code": "BAD_USER_INPUT",
          "field": "password",
          "message": "密码（password）不能与用户名相同，请换一个",
        },
      ]
    `);
    const [{ n }] = await sql<{ n: string | number }>(
      s.server.database,
      `select count(*) as n from app_user where username like 'agency-%'`,
    );
    expect(Number(n)).toBe(0);
  });

  test('resetPassword and changePassword refuse a common password and keep the old one', async () => {
    const user = await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.village);
    const reset = await s.admin.request('mutation ($id: ID!) { resetPassword(userId: $id, password: "1q2w3e4r5t6y") { id } }', {
      id: user.id,
    });
    expect(reset.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const change = await user.client.request(
      'mutation { changePassword(currentPassword: "' + PASSWORD + '", newPassword: "1234567890") { token } }',
    );
    expect(change.errors?.[0]).toMatchObject({
      message: '新密码（newPassword）是常见密码，容易被猜中，请换一个不常见的密码',
      extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
    });
    expect((await s.anon.login(user.username, PASSWORD)).token).toBeTruthy();
  });
});

describe('the stored cost', () => {
  const hashes = async (server: TestServer, usernames: string[]) =>
    (
      await sql<{ username: string; password_hash: string }>(
        server.database,
        `select username, password_hash from app_user where username in (${usernames.map((u) => `'${u}'`).join(', ')}) order by username`,
      )
    ).map((r) => r.password_hash);
  const params = (hash: string) => hash.split('$').slice(0, 3).join('$');

  test('a server at the default cost stores scrypt hashes at N=2^17, r=8, p=1, each with a salt of its own', async () => {
    const server = await startServer({ env: { CUNCE_SCRYPT_LN: '' } });
    try {
      const admin = await client(server.url).login('admin', ADMIN_PASSWORD);
      const a = await makeUser(admin, 'AGENCY', PILOT.county);
      const b = await makeUser(admin, 'AGENCY', PILOT.elsewhere.county);
      const [first, second] = await hashes(server, [a.username, b.username]);
      expect([params(first!), params(second!)]).toEqual(['$scrypt$ln=17,r=8,p=1', '$scrypt$ln=17,r=8,p=1']);
      expect(first!.split('$')[3]).not.toBe(second!.split('$')[3]);
      expect(server.output()).not.toContain('CUNCE_SCRYPT_LN');
    } finally {
      await server.close();
    }
  });

  test('a server at a test cost says so at start; back at the default cost, the next login rehashes at N=2^17', async () => {
    const server = await startServer({ env: { CUNCE_SCRYPT_LN: '12' } });
    try {
      expect(server.output()).toContain("CUNCE_SCRYPT_LN=12: passwords are hashed below OWASP's cost (17)");
      const admin = await client(server.url).login('admin', ADMIN_PASSWORD);
      const user = await makeUser(admin, 'AGENCY', PILOT.county);
      expect((await hashes(server, [user.username])).map(params)).toEqual(['$scrypt$ln=12,r=8,p=1']);
      await server.stop();
      const production = await startServer({ database: server.database, env: { CUNCE_SCRYPT_LN: '' } });
      try {
        expect((await client(production.url).login(user.username, PASSWORD)).token).toBeTruthy();
        expect((await hashes(production, [user.username])).map(params)).toEqual(['$scrypt$ln=17,r=8,p=1']);
      } finally {
        await production.stop();
      }
    } finally {
      await server.close();
    }
  });
});

describe('the first administrator’s password', () => {
  test('a weak CUNCE_ADMIN_PASSWORD stops the first start, saying why', async () => {
    const database = await freshDatabase();
    try {
      const outcome = await startServer({ database, env: { CUNCE_ADMIN_PASSWORD: 'password123' } }).then(
        async (server) => (await server.stop(), 'started'),
        (error: Error) => error.message,
      );
      expect(outcome).toContain('管理员初始密码（环境变量 CUNCE_ADMIN_PASSWORD）是常见密码，容易被猜中，请换一个不常见的密码');
    } finally {
      await database.drop();
    }
  });

  test('without CUNCE_ADMIN_PASSWORD the first start prints a generated password that passes the policy and logs in', async () => {
    const server = await startServer({ database: await freshDatabase(), env: { CUNCE_ADMIN_PASSWORD: '' } });
    try {
      const password = /初始密码：(\S+?)（/.exec(server.output())?.[1] ?? '';
      expect(password.length).toBeGreaterThanOrEqual(16);
      const admin = await client(server.url).login('admin', password);
      expect((await admin.ok('{ me { username role } }')).me).toEqual({ username: 'admin', role: 'REGION_ADMIN' });
    } finally {
      await server.close();
    }
  });
});
