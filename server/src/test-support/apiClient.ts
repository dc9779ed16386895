/**
 * A tiny REST client for API tests: JSON in and out, optional Bearer token,
 * cookie and Origin. Returns status, parsed body and headers; never throws
 * on HTTP errors (tests assert on them).
 */
export interface ApiResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ApiCallOptions {
  body?: unknown;
  /** Raw body text (sent as application/json), for malformed-JSON tests. */
  rawBody?: string;
  token?: string;
  cookie?: string;
  /** Origin header; defaults to the server's own origin for state-changing calls. */
  origin?: string | null;
  headers?: Record<string, string>;
}

export type ApiCall = <T = Record<string, unknown>>(
  method: string,
  path: string,
  options?: ApiCallOptions,
) => Promise<ApiResult<T>>;

/** A client bound to a server base URL (http://127.0.0.1:PORT). */
export function apiClient(baseUrl: string): ApiCall {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    const origin = options.origin === undefined ? baseUrl : options.origin;
    if (origin !== null && method !== 'GET') headers.origin = origin;
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = options.cookie;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}/api${path}`, { method, headers, body });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : undefined) as never,
      headers: response.headers,
    };
  };
}

/** The `name=value` part of the session cookie a response set, for the next request. */
export function sessionCookieFrom(headers: Headers): string | undefined {
  return headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('samverka_session=') && c !== 'samverka_session=');
}
