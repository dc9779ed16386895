/**
 * The REST API mounted at /api: JSON body parsing with a size limit, the
 * Origin guard, every route, /api/openapi.json generated from the same
 * route list, a JSON 404 and the error renderer.
 */
import express from 'express';
import type { Router } from 'express';
import { requestIdMiddleware } from '../events/requestContext.js';
import type { ApiDeps } from './deps.js';
import { apiErrorHandler, apiNotFound } from './errorHandler.js';
import { mountRoutes } from './mountRoutes.js';
import { buildOpenApiDocument } from './openapi.js';
import { originGuard } from './originGuard.js';
import type { AnyRoute } from './route.js';
import { accountRoutes } from './routes/accountRoutes.js';
import { activityRoutes } from './routes/activityRoutes.js';
import { authRoutes } from './routes/authRoutes.js';
import { commentRoutes } from './routes/commentRoutes.js';
import { decisionActionRoutes } from './routes/decisionActionRoutes.js';
import { decisionRoutes } from './routes/decisionRoutes.js';
import { followUpRoutes } from './routes/followUpRoutes.js';
import { processRoutes } from './routes/processRoutes.js';
import { notificationRoutes } from './routes/notificationRoutes.js';
import { documentRoutes } from './routes/documentRoutes.js';
import { exportRoutes } from './routes/exportRoutes.js';
import { memberRoutes } from './routes/memberRoutes.js';
import { sessionRoutes } from './routes/sessionRoutes.js';
import { versionRoutes } from './routes/versionRoutes.js';
import { workspaceRoutes } from './routes/workspaceRoutes.js';

export function apiRoutes(deps: ApiDeps): AnyRoute[] {
  return [
    ...authRoutes(deps),
    ...accountRoutes(deps),
    ...workspaceRoutes(deps),
    ...memberRoutes(deps),
    ...documentRoutes(deps),
    ...exportRoutes(deps),
    ...commentRoutes(deps),
    ...notificationRoutes(deps),
    ...sessionRoutes(deps),
    ...activityRoutes(deps),
    ...decisionRoutes(deps),
    ...decisionActionRoutes(deps),
    ...versionRoutes(deps),
    ...processRoutes(deps),
    ...followUpRoutes(deps),
  ];
}

export function createApiRouter(deps: ApiDeps): Router {
  const router = express.Router();
  const routes = apiRoutes(deps);
  const openApi = buildOpenApiDocument(routes);
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  router.use(requestIdMiddleware());
  router.use(originGuard(deps.originPolicy));
  router.use(express.json({ limit: deps.maxJsonBytes, strict: true }));
  router.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  mountRoutes(router, routes, { authenticator: deps.authenticator });
  router.use(apiNotFound);
  router.use(apiErrorHandler(deps.ctx.logger));
  return router;
}
