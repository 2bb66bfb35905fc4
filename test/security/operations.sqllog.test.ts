/**
 * DEBUG_SQL=1 prints the statements of the server's first start on an empty database, but never the token
 * signing secret it generates and stores, nor the administrator's password hash (read back from the database).
 */
import { expect, test } from 'vitest';
import { freshDatabase } from '../support/database.js';
import { sql } from '../support/inspect.js';
import { startServer } from '../support/server.js';

test("DEBUG_SQL=1 logs the first start's statements without the signing secret or a password hash", async () => {
  const server = await startServer({ database: await freshDatabase(), env: { DEBUG_SQL: '1' }, outputLimit: 100_000_000 });
  try {
    const [secret] = await sql<{ value: string }>(server.database, `select value from setting where key = 'jwtSecret'`);
    const [admin] = await sql<{ password_hash: string }>(server.database, `select password_hash from app_user where username = 'admin'`);
    const log = server.output();
    expect(log).toMatch(/insert into [`"]setting[`"]/);
    expect(log).toMatch(/insert into [`"]app_user[`"]/);
    expect(secret!.value.length).toBeGreaterThan(20);
    expect(log).not.toContain(secret!.value);
    expect(log).not.toContain(admin!.password_hash);
    expect(log).not.toContain(admin!.password_hash.split('$')[2]);
  } finally {
    await server.close();
  }
});
