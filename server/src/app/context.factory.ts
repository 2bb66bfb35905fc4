/** Builds the per-request Context from the ORM, the signing secret and the Authorization header. */
import type { PolicySource } from '@cunce/rules';
import type { Context } from '../modules/reference/context.js';
import { forkEm, type Orm } from '../db/orm.js';
import { authenticate } from '../modules/reference/auth/authenticate.js';
import { requestLoaders } from '../modules/reference/loaders.js';
import { loadPolicySource } from '../modules/reference/policy/policy.source.js';

export async function createContext(orm: Orm, secret: Uint8Array, authorization: string | undefined): Promise<Context> {
  const em = forkEm(orm);
  const { user, problem } = await authenticate(em, secret, authorization);
  let policies: Promise<PolicySource> | undefined;
  return {
    em,
    user,
    authProblem: problem,
    secret,
    loader: requestLoaders(em),
    policies: () => (policies ??= loadPolicySource(forkEm(orm))),
  };
}
