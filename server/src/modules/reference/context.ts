/** The per-request context: a fresh entity manager fork and the logged-in user (if any). */
import type { PolicySource } from '@cunce/rules';
import type { Em } from '../../db/orm.js';
import type { Loaders } from './loaders.js';
import type { SessionHttp } from './auth/sessionCookie.js';
import type { User } from './user/user.entity.js';

export interface Context {
  /** A fork of the ORM's entity manager for this request only. */
  em: Em;
  /** The user of a valid bearer token (enabled, current token version), else null. */
  user: User | null;
  /** Why a token that was sent did not authenticate (expired, disabled…), in Chinese; null if none sent. */
  authProblem: string | null;
  /** The token signing secret (login issues tokens with it). */
  secret: Uint8Array;
  /** The HTTP exchange (client address, session cookie); absent when an operation runs without HTTP. */
  http?: SessionHttp;
  /** The policy years as stored (cached; invalidated when an administrator edits them). */
  policies: () => Promise<PolicySource>;
  /** This request's DataLoader of a factory (modules/reference/loaders.ts): field resolvers batch through it. */
  loader: Loaders;
}
