/**
 * A tiny GraphQL client over fetch: `request` returns { data, errors, status } as the server sent them,
 * `ok` fails on any error and returns `data`; `login` gives a client carrying that user's token, `as(token)`
 * a client for a token.
 */
export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResult<T = any> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
  /** `cost { requested limit }` of every operation the server ran or refused for its cost. */
  extensions?: { cost?: { requested: number | null; limit: number }; [key: string]: unknown };
}

export interface Client {
  url: string;
  token?: string;
  request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The first error's code, failing when the request succeeded. */
  code(query: string, variables?: Record<string, unknown>): Promise<string | undefined>;
  login(username: string, password: string): Promise<Client>;
  as(token: string | undefined): Client;
}

export function client(url: string, token?: string): Client {
  const request = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await res.text();
    try {
      return { status: res.status, ...(JSON.parse(text) as Omit<GqlResult<T>, 'status'>) };
    } catch {
      throw new Error(`HTTP ${res.status}, not JSON: ${text.slice(0, 500)}`);
    }
  };
  const self: Client = {
    url,
    token,
    request,
    async ok<T>(query: string, variables?: Record<string, unknown>) {
      const result = await request<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    async code(query, variables) {
      const result = await request(query, variables);
      if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
      return result.errors[0]!.extensions?.code;
    },
    async login(username, password) {
      const data = await self.ok<{ login: { token: string } }>(
        'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      return client(url, data.login.token);
    },
    as: (t) => client(url, t),
  };
  return self;
}

/** The error of a result with only its stable parts (for inline snapshots). */
export function errorShape(result: GqlResult): { code?: string; path?: (string | number)[] } | undefined {
  const e = result.errors?.[0];
  return e && { code: e.extensions?.code, path: e.path };
}
