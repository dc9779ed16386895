/**
 * createServer: builds the Express app, the one HTTP server, the Yjs hub and
 * the upgrade routing from a Config and an open Store. It never listens by
 * itself (the caller decides when), so tests run several servers side by side.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Express } from 'express';
import { WebSocketServer } from 'ws';
import { createAccessLayer } from './accessLayer.js';
import type { Config } from './config.js';
import { apiCompression } from './http/apiCompression.js';
import { createHealthRouter } from './http/health.js';
import { createSecurityHeaders } from './http/securityHeaders.js';
import { createStaticClientRouter } from './http/static.js';
import type { Logger } from './logger.js';
import { createMailer } from './mail/mailer.js';
import type { Mailer } from './mail/mailer.js';
import { attachUpgradeRouting } from './realtime/upgrade.js';
import type { AuthorizeDocumentConnection } from './realtime/yjs/types.js';
import { YjsHub } from './realtime/yjs/yjsHub.js';
import type { Store } from './store/port.js';

export interface CreateServerOptions {
  config: Config;
  store: Store;
  logger: Logger;
  /** Overrides the document access decision (default: accounts and memberships, accessLayer.ts). */
  authorizeDocumentConnection?: AuthorizeDocumentConnection;
  /** Outgoing mail (main.ts builds it); default: one built from config.mail. */
  mailer?: Mailer;
}

export interface SamverkaServer {
  app: Express;
  httpServer: http.Server;
  hub: YjsHub;
  listen(): Promise<AddressInfo>;
  /** Stops accepting, closes sockets (serverShutdown), commits and compacts. Leaves the store open. */
  close(): Promise<void>;
}

export function createServer(options: CreateServerOptions): SamverkaServer {
  const { config, store, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  // A hop count, never `true`: only the address the outermost trusted proxy saw is used (req.ip).
  app.set('trust proxy', config.http.trustProxyHops);
  app.use(
    createSecurityHeaders({
      allowedOrigins: config.http.allowedOrigins,
      publicUrl: config.http.publicUrl,
      trustProxy: config.http.trustProxyHops > 0,
    }),
  );
  app.use(createHealthRouter({ store }));

  const mailer = options.mailer ?? createMailer(config.mail, logger);
  const accessLayer = createAccessLayer({ config, store, logger, mailer });
  app.use('/api', apiCompression(), accessLayer.apiRouter);
  // ── Mount point: static client (built Vite app + SPA fallback) goes last. ──
  const staticClient = createStaticClientRouter({
    onMissing: (clientDist) =>
      logger.info('no built client to serve; run `npm run build -w client`', { clientDist }),
  });
  if (staticClient) app.use(staticClient);

  const httpServer = http.createServer(app);
  httpServer.on('error', (error) => logger.error('http server error', { error }));
  httpServer.on('clientError', (_error, socket) => {
    if (!socket.destroyed) socket.destroy();
  });

  const hub = new YjsHub({
    documents: store.documents,
    logger,
    limits: config.realtime,
    activity: accessLayer.documentActivity,
    recordServerWrite: accessLayer.recordServerWrite,
    authorship: accessLayer.authorship,
  });
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.realtime.maxMessageBytes,
    perMessageDeflate: false,
    clientTracking: false,
  });
  wss.on('error', (error) => logger.error('websocket server error', { error }));
  attachUpgradeRouting({
    httpServer,
    wss,
    hub,
    authorize: options.authorizeDocumentConnection ?? accessLayer.authorizeDocumentConnection,
    logger,
  });
  accessLayer.attach({ httpServer, hub });

  let closing: Promise<void> | null = null;
  return {
    app,
    httpServer,
    hub,
    listen() {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          httpServer.off('error', reject);
          resolve(httpServer.address() as AddressInfo);
        });
      });
    },
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => {
          if (!httpServer.listening) return resolve();
          httpServer.close(() => resolve());
        });
        await hub.close();
        await accessLayer.close();
        if (!options.mailer) mailer.close();
        wss.close();
        httpServer.closeAllConnections();
        await stopped;
      })();
      return closing;
    },
  };
}
