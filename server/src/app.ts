/** Builds the schema, Apollo Server and the express app (GraphQL at /graphql, the editor at /). No listen. */
import 'reflect-metadata';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { checkCaps } from './graphql/caps.js';
import { createContext } from './app/context.factory.js';
import { AnonymousLimit } from './app/anonymousLimit.js';
import { complexityLimit } from './app/complexity.js';
import { costPlugin } from './app/costPlugin.js';
import { depthLimit } from './app/depthLimit.js';
import { formatError } from './app/formatError.js';
import { securityHeaders } from './app/headers.js';
import { editorRouter } from './app/editor.route.js';
import { graphiqlPage } from './app/graphiql.route.js';
import { healthRouter } from './app/health.route.js';
import { jitGateway } from './adapter/index.js';
import { MAX_BODY, MAX_DEPTH } from './limits/limits.js';
import { requestShape } from './app/requestShape.js';
import { SAFELIST_FILE, Safelist } from './app/safelist.js';
import { safelistPlugin } from './app/safelistPlugin.js';
import { REPO_ROOT, type Config } from './config.js';
import { documentRouter } from './modules/lifecycle/document/document.route.js';
import { bearerFromCookie, sessionHttp } from './modules/reference/auth/sessionCookie.js';
import type { Context } from './modules/reference/context.js';
import { forkEm, type Orm } from './db/orm.js';
import { loadSigningSecret } from './modules/reference/setting/signingSecret.js';
import { simulationPoolPlugin } from './modules/lifecycle/simulation/simulate.pool.js';
import { reformPoolPlugin } from './modules/reporting/reform/reform.pool.js';
import { settlementPoolPlugin } from './modules/settlement/settlement/settlement.pool.js';
import './ports.js';
import { resolvers } from './resolvers.js';

export interface App {
  express: express.Express;
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  secret: Uint8Array;
  /** The context of one request (used by tests that execute operations without HTTP). */
  context(authorization?: string): Promise<Context>;
}

export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false, validateFn: checkCaps });
  // type-graphql describes fields, not the root types.
  schema.getQueryType()!.description =
    'Reads. Without login only policyYear(s), counties, validateRuleSet, simulate and projection answer; everything stored needs a login (API.md).';
  schema.getMutationType()!.description =
    'Changes. Each checks the role and area of the logged-in user (API.md role table) and writes an audit entry in the same transaction.';
  return schema;
}

export async function createApp(
  orm: Orm,
  config: Pick<Config, 'jwtSecret'> & Partial<Pick<Config, 'trustProxy' | 'safelistOnly'>>,
  webDist = join(REPO_ROOT, 'web/dist'),
): Promise<App> {
  const secret = await loadSigningSecret(forkEm(orm), config.jwtSecret);
  const schema = await buildGraphQLSchema();
  const anonymousLimit = new AnonymousLimit();
  const safelist = Safelist.load(join(webDist, SAFELIST_FILE));
  const safelistOnly = config.safelistOnly === 'anonymous';
  if (safelistOnly && safelist.size === 0)
    throw new Error(`CUNCE_SAFELIST_ONLY=anonymous needs ${join(webDist, SAFELIST_FILE)}: build the editor first`);
  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(schema),
    formatError,
    validationRules: [depthLimit(MAX_DEPTH), complexityLimit()],
    includeStacktraceInErrorResponses: false,
    // The contract is public (API.md): schema tools may introspect it in production too.
    introspection: true,
    // No HTTP caching of answers here, and the default cache-control plugin wraps every field's resolver
    // (about 10% of a 2,000-member `simulate`).
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      // Its landing page loads from a CDN; browsers get our own GraphiQL (graphiql.route.ts).
      ApolloServerPluginLandingPageDisabled(),
      ...(safelistOnly ? [safelistPlugin(safelist)] : []),
      costPlugin(schema, anonymousLimit),
      simulationPoolPlugin,
      reformPoolPlugin,
      settlementPoolPlugin,
    ],
    // Persisted queries are the editor's, from the file every process reads, not one process's memory.
    persistedQueries: { cache: safelist.cache() },
    // index.ts shuts down itself: finishes the running requests before Apollo and the pool stop.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const context = (authorization?: string) => createContext(orm, secret, authorization);

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(healthRouter(orm));
  app.set('trust proxy', config.trustProxy ?? false);
  app.use(bearerFromCookie);
  app.use(
    '/graphql',
    graphiqlPage(webDist),
    anonymousLimit.gate,
    express.json({ limit: MAX_BODY }),
    requestShape,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({ ...(await context(req.headers.authorization)), http: sessionHttp(req, res) }),
    }),
  );
  app.use('/files', documentRouter(orm, secret));
  app.use(editorRouter(webDist));
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'NOT_FOUND', message: '没有这个地址' });
  });
  app.use(bodyErrors);
  return { express: app, apollo, schema, secret, context };
}

/** Errors of the body parser (too large, malformed JSON) as GraphQL-shaped JSON. */
function bodyErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const status = (err as { status?: number }).status ?? 500;
  const type = (err as { type?: string }).type;
  if (res.headersSent) return next(err);
  if (type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: `请求过大，上限为${MAX_BODY}，请分批提交`, extensions: { code: 'BAD_USER_INPUT' } }] });
  } else if (status >= 400 && status < 500) {
    res.status(status).json({ errors: [{ message: '请求格式不正确（应为JSON）', extensions: { code: 'BAD_USER_INPUT' } }] });
  } else {
    console.error('[cunce] unexpected error', err);
    res.status(500).json({ errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }
}
