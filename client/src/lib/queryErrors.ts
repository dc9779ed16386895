/**
 * Which query error should replace a screen's content. An authoritative
 * answer (4xx: signed out, forbidden, gone) always does. A failed fetch
 * (network down, server restarting, 5xx) only does while there is nothing
 * to show yet: data already loaded stays on screen, so a server restart or a
 * short network drop never turns an open document into an error page; the
 * next refetch replaces the stale data once the server answers again.
 */
import { ApiError } from './apiClient';

export interface QueryOutcome {
  error: unknown;
  data: unknown;
}

function isAuthoritative(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

export function blockingError(query: QueryOutcome): unknown {
  if (query.error === null || query.error === undefined) return null;
  if (query.data === undefined || isAuthoritative(query.error)) return query.error;
  return null;
}
