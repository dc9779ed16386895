/**
 * Liveness (/healthz: the process answers) and readiness (/readyz: the store
 * answers and can still commit a write, so a full disk takes the instance out
 * of a load balancer instead of failing every edit).
 */
import { Router } from 'express';
import type { Store } from '../store/port.js';

export function createHealthRouter({ store }: { store: Store }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await store.ping();
      await store.probeWrite();
      res.json({ status: 'ready', store: store.kind });
    } catch {
      res.status(503).json({ status: 'unavailable', store: store.kind });
    }
  });
  return router;
}
