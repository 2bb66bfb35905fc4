import { Client, cacheExchange, fetchExchange, type AnyVariables, type DocumentInput } from '@urql/vue';
import { readableMessage } from '../model/issueText';

/**
 * The one GraphQL client: `/graphql` on the same origin. The session is the HttpOnly cookie the server sets at
 * login (scripts, injected ones included, cannot read it); the browser sends it with every same-origin request.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  requestPolicy: 'network-only',
  // POST with a JSON body: Apollo Server refuses GET queries without a preflight header (CSRF protection).
  preferGetMethod: false,
  fetchOptions: { credentials: 'same-origin' },
});

/** A GraphQL error with the server's `extensions.code` (API.md) and its Chinese message, API field names left out. */
export class GqlError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

let onUnauthenticated: () => void = () => {};
/** What to do when the server says the token is no longer good (the session store logs out). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

function toError(error: {
  graphQLErrors: readonly { message: string; extensions?: Record<string, unknown> }[];
  networkError?: Error;
  message: string;
}): GqlError {
  const first = error.graphQLErrors[0];
  if (first) {
    const code = String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (code === 'UNAUTHENTICATED') onUnauthenticated();
    return new GqlError(readableMessage(first.message), code, first.extensions ?? {});
  }
  return new GqlError(error.networkError ? '无法连接服务器，请检查网络后重试' : error.message, 'NETWORK_ERROR');
}

/**
 * Runs a query and returns its data; a GraphQL error is thrown as GqlError. A document of src/graphql types its
 * data and variables (generated.ts, from server/schema.graphql).
 */
export async function query<T, V extends AnyVariables = AnyVariables>(
  doc: DocumentInput<T, V> | string,
  variables: V = {} as V,
): Promise<T> {
  const result = await client.query(doc as DocumentInput<T, AnyVariables>, variables).toPromise();
  if (result.error) throw toError(result.error);
  return result.data as T;
}

export async function mutate<T, V extends AnyVariables = AnyVariables>(
  doc: DocumentInput<T, V> | string,
  variables: V = {} as V,
): Promise<T> {
  const result = await client.mutation(doc as DocumentInput<T, AnyVariables>, variables).toPromise();
  if (result.error) throw toError(result.error);
  return result.data as T;
}
