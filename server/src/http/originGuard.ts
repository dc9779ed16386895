/**
 * CSRF defence for the REST API: a state-changing request (anything but
 * GET/HEAD/OPTIONS) that carries an Origin must come from an allowed one.
 * Modern browsers always send Origin on such requests, so a request without
 * one comes from a script (curl, the benchmark) and cannot be a forged
 * cross-site request, unless Sec-Fetch-Site says a browser sent it from
 * another site. Allowed cross-origin browsers (ALLOWED_ORIGINS) also get
 * CORS headers with credentials.
 */
import type { RequestHandler } from 'express';
import { isOriginAllowed } from '../auth/origins.js';
import type { OriginPolicy } from '../auth/origins.js';
import { AppError } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function originGuard(policy: OriginPolicy): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && policy.allowedOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    if (SAFE_METHODS.has(req.method)) return next();
    if (origin !== undefined) {
      if (origin === 'null' || !isOriginAllowed(origin, req, policy)) {
        return next(
          new AppError(403, 'origin_not_allowed', 'Requests from this origin are not allowed'),
        );
      }
      return next();
    }
    const fetchSite = req.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') {
      return next(new AppError(403, 'origin_required', 'Cross-site requests must carry an Origin'));
    }
    next();
  };
}
