/** One real server per suite file: started in beforeAll on a fresh copy of the prepared template, closed in afterAll. */
import { afterAll, beforeAll } from 'vitest';
import { client, type Client } from './gql.js';
import { ADMIN_PASSWORD, startServer, type StartOptions, type TestServer } from './server.js';

export interface Suite {
  server: TestServer;
  /** Not logged in. */
  anon: Client;
  /** The seeded `admin` (REGION_ADMIN). */
  admin: Client;
}

export function useServer(opts: StartOptions = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await startServer(opts);
    suite.anon = client(suite.server.url);
    suite.admin = await suite.anon.login('admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await suite.server?.close();
  });
  return suite;
}
