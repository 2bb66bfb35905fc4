/**
 * The server test harness: a fresh SQLite database in a temp dir, migrated and seeded, the real schema and
 * Apollo Server (formatError, limits), and helpers to execute operations as a given user.
 *
 *   const h = await createHarness();          // in beforeAll; h.close() in afterAll
 *   const { token } = await h.loginAs('VILLAGE_CADRE', PILOT.village);
 *   const res = await h.gql(`{ me { username } }`, {}, token);
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphQLFormattedError } from 'graphql';
import { createApp, type App } from '../src/app.js';
import { forkEm, openOrm, type Em, type Orm } from '../src/db/orm.js';
import { entities } from '../src/entities.js';
import { prepareDatabase } from '../src/seeders/prepare.js';
import { signToken } from '../src/modules/reference/auth/token.js';
import { createUser } from '../src/modules/reference/user/user.service.js';
import { User, type Role } from '../src/modules/reference/user/user.entity.js';

export const ADMIN_PASSWORD = 'admin-password-1';
export const PASSWORD = 'password-123';

/** Seeded pilot divisions (rules/divisions/ningxia.json): 永宁县 望远镇 通桥村, and a village elsewhere. */
export const PILOT: {
  county: string;
  township: string;
  village: string;
  neighbour: string;
  elsewhere: { county: string; township: string; village: string };
} = {
  county: '640121',
  township: '640121102',
  village: '640121102201',
  /** Another village of the same township (政权村). */
  neighbour: '640121102202',
  /** A village of another county (灵武市 临河镇 上桥村). */
  elsewhere: { county: '640181', township: '640181105', village: '640181105201' },
};

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
  /** What the server adds beside the data (the operation's cost). */
  extensions?: Record<string, unknown>;
}

export interface Harness {
  orm: Orm;
  app: App;
  /** Executes an operation through Apollo (validation rules, formatError) as the token's user. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on errors and returns `data`. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** A token of the seeded admin (REGION_ADMIN). */
  adminToken(): Promise<string>;
  /**
   * Creates a user with `role` and `areaCode` (password PASSWORD) and gives a token as `login` would sign it, without
   * the login's scrypt check (most of a second of CPU; auth.test.ts and password.test.ts test logging in).
   */
  loginAs(role: Role, areaCode?: string | null, username?: string): Promise<{ token: string; user: User }>;
  login(username: string, password: string): Promise<string>;
  /** A fresh entity manager on the test database, to look at what was stored. */
  em(): Em;
  /** The app over real HTTP (started on first use): its base URL. */
  url(): Promise<string>;
  close(): Promise<void>;
}

let counter = 0;

export async function createHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'cunce-test-'));
  const orm = await openOrm({ kind: 'sqlite', file: join(dir, 'test.sqlite') }, entities);
  await prepareDatabase(orm, { adminPassword: ADMIN_PASSWORD });
  const app = await createApp(orm, { jwtSecret: undefined }, join(dir, 'no-web-dist'));
  let server: Server | undefined;
  let admin: string | undefined;

  const gql: Harness['gql'] = async (query, variables = {}, token) => {
    const contextValue = await app.context(token ? `Bearer ${token}` : undefined);
    const response = await app.apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as GqlResult<any>;
  };
  const ok: Harness['ok'] = async (query, variables, token) => {
    const result = await gql(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as any;
  };
  const login: Harness['login'] = async (username, password) => {
    const data = await ok<{ login: { token: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    return data.login.token;
  };
  const harness: Harness = {
    orm,
    app,
    gql,
    ok,
    login,
    adminToken: async () => (admin ??= await login('admin', ADMIN_PASSWORD)),
    async loginAs(role, areaCode = null, username) {
      const em = forkEm(orm);
      const root = await em.findOneOrFail(User, { username: 'admin' });
      const name = username ?? `${role.toLowerCase().replace(/_/g, '-')}-${process.pid}-${++counter}`;
      const user = await createUser(em, root, { username: name, password: PASSWORD, role, areaCode });
      return { token: await signToken(app.secret, { userId: user.id, tokenVersion: user.tokenVersion }), user };
    },
    em: () => forkEm(orm),
    async url() {
      server ??= await new Promise<Server>((resolve) => {
        const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
      });
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async close() {
      if (server) await new Promise((resolve) => server!.close(resolve));
      await app.apollo.stop();
      await orm.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}
