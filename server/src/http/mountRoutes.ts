/**
 * Mounts route definitions on an Express router: authenticate → validate
 * the body → the handler (load → authorize → service → presenter) → send.
 * Every response is parsed with its schema before it is sent: a presenter
 * that drifts from the documented shape fails loudly (500, and in tests),
 * and fields the schema does not name (a hash, say) are stripped, never sent.
 */
import type { Router } from 'express';
import type { Authenticator } from '../auth/authenticator.js';
import { AppError } from '../errors.js';
import type { AnyRoute } from './route.js';
import { parseOrThrow } from './validation.js';

export function mountRoutes(
  router: Router,
  routes: readonly AnyRoute[],
  deps: { authenticator: Authenticator },
): void {
  for (const route of routes) {
    router[route.method](route.path, async (req, res) => {
      const principal = route.auth === 'none' ? null : await deps.authenticator.fromRequest(req);
      if (route.auth === 'required' && !principal) {
        throw new AppError(401, 'unauthenticated', 'Sign in or send an API token');
      }
      const body = route.body ? parseOrThrow(route.body, req.body ?? {}) : undefined;
      const params = Object.fromEntries(
        Object.entries(req.params).map(([key, value]) => [key, String(value)]),
      );
      const result = await route.handle({ req, res, params, body, principal });
      if (!route.response) {
        // A streaming handler (the audit export) has answered by itself.
        if (!res.headersSent) res.status(204).end();
        return;
      }
      res.status(route.status ?? 200).json(route.response.parse(result));
    });
  }
}
