/**
 * Accounts and permissions wired into one server: the REST API (/api), the
 * Yjs door's access decision, the socket.io door, and the listener that
 * closes sockets when access changes. Built by createServer (app.ts) in two
 * steps because the hub and the HTTP server exist only after the Express app:
 *   const layer = createAccessLayer(...); app.use('/api', layer.apiRouter);
 *   ...create httpServer and hub...; layer.attach({ httpServer, hub });
 */
import { startMinutesDecisions } from './events/meetings/minutesDecisions.js';
import type { MinutesDecisions } from './events/meetings/minutesDecisions.js';
import type { Server as HttpServer } from 'node:http';
import { CloseCode } from '@samverka/shared';
import type { Router } from 'express';
import { createAuthenticator } from './auth/authenticator.js';
import { createDocumentConnectionAuthorizer, GrantRegistry } from './auth/documentConnections.js';
import { LoginThrottle } from './auth/loginThrottle.js';
import { SessionExpiryWatch } from './auth/sessionExpiryWatch.js';
import type { OriginPolicy } from './auth/origins.js';
import type { Config } from './config.js';
import { createApiRouter } from './http/apiRouter.js';
import type { Logger } from './logger.js';
import { presentActivityEntry } from './events/activityPresenter.js';
import { startNotifications } from './events/notifications/notificationProcessor.js';
import type { NotificationProcessor } from './events/notifications/notificationProcessor.js';
import { startAutomaticVersions } from './events/versions/automaticVersions.js';
import type { AutomaticVersions } from './events/versions/automaticVersions.js';
import { AppError } from './errors.js';
import { createEventsServer } from './realtime/events/eventsServer.js';
import type { EventsServer } from './realtime/events/eventsServer.js';
import type { AuthorizeDocumentConnection } from './realtime/yjs/types.js';
import type { YjsHub } from './realtime/yjs/yjsHub.js';
import type { AccessChangeListener, WorkspaceEventPublisher } from './services/context.js';
import { createServiceContext } from './services/createServiceContext.js';
import { createDocumentActivity } from './services/documentActivity.js';
import { createServerWriteRecorder } from './services/serverWriteEvents.js';
import type { ServerWriteRecorder } from './realtime/yjs/serverWrites.js';
import type { AuthorshipListener } from './realtime/yjs/types.js';
import { createAuthorshipRecorder } from './services/versions/authorship.js';
import type { LiveDocuments } from './services/versions/restoreVersion.js';
import type { DocumentActivity } from './services/documentActivity.js';
import type { Mailer } from './mail/mailer.js';
import type { Store } from './store/port.js';

export interface AccessLayer {
  apiRouter: Router;
  authorizeDocumentConnection: AuthorizeDocumentConnection;
  /** For the hub: text edits move the document's "last change" (throttled per document). */
  documentActivity: DocumentActivity;
  /** The hub's hook: each server write into a live document is an event first. */
  recordServerWrite: ServerWriteRecorder;
  /** The hub's hook: which person each editor's Yjs client ids belong to (versions' diffs). */
  authorship: AuthorshipListener;
  attach(props: { httpServer: HttpServer; hub: YjsHub }): void;
  close(): Promise<void>;
}

export function createAccessLayer(props: {
  config: Config;
  store: Store;
  logger: Logger;
  mailer: Mailer;
}): AccessLayer {
  const { config, store, logger } = props;
  const originPolicy: OriginPolicy = {
    allowedOrigins: config.http.allowedOrigins,
    publicUrl: config.http.publicUrl,
    trustProxy: config.http.trustProxyHops > 0,
  };
  const authenticator = createAuthenticator({ store, now: () => new Date() });
  const grants = new GrantRegistry();
  // Bound by attach(); until then nobody can be connected, so there is nothing to tell.
  let hub: YjsHub | null = null;
  let eventsServer: EventsServer | null = null;
  let notifications: NotificationProcessor | null = null;
  let automaticVersions: AutomaticVersions | null = null;
  let minutesDecisions: MinutesDecisions | null = null;
  // Restoring a version writes through the hub, which exists once attach() ran.
  const liveDocuments: LiveDocuments = {
    applyServerChange(documentName, change, cause) {
      if (hub === null) {
        return Promise.reject(new AppError(503, 'unavailable', 'Live documents are not ready'));
      }
      return hub.applyServerChange(documentName, change, cause);
    },
  };

  const events: WorkspaceEventPublisher = {
    publish(workspaceId, event, payload) {
      // The change is already stored; a failing notification must not turn it into an error.
      try {
        eventsServer?.publish(workspaceId, event, payload);
      } catch (error) {
        logger.error('could not publish workspace event', { workspaceId, event, error });
      }
    },
  };
  const access: AccessChangeListener = {
    memberAccessChanged({ workspaceId, userId, removed }) {
      hub?.closeConnections(
        grants.matching((g) => g.workspaceId === workspaceId && g.userId === userId),
        CloseCode.permissionChanged,
      );
      eventsServer?.memberAccessChanged({ workspaceId, userId, removed });
    },
    workspaceAccessChanged({ workspaceId }) {
      hub?.closeConnections(
        grants.matching((g) => g.workspaceId === workspaceId),
        CloseCode.permissionChanged,
      );
      eventsServer?.publish(workspaceId, 'access:changed', { workspaceId });
    },
    credentialsRevoked({ userId, revoked }) {
      hub?.closeConnections(
        grants.matching((g) => g.userId === userId && revoked(g.credential)),
        CloseCode.permissionChanged,
      );
      eventsServer?.disconnectWhere((data) => data.userId === userId && revoked(data.credential));
    },
    documentAccessChanged({ documentId }) {
      hub?.closeConnections(
        grants.matching((g) => g.documentId === documentId),
        CloseCode.permissionChanged,
      );
    },
    documentDeleted({ documentId }) {
      hub?.closeConnections(
        grants.matching((g) => g.documentId === documentId),
        CloseCode.permissionChanged,
      );
    },
  };
  const ctx = createServiceContext({ config, store, logger, events, access, mailer: props.mailer });
  const documentActivity = createDocumentActivity({ ctx });
  const sessionExpiry = new SessionExpiryWatch(({ userId, tokenHash }) =>
    access.credentialsRevoked({ userId, revoked: (c) => c.tokenHash === tokenHash }),
  );
  const onAdmitted = sessionExpiry.watch.bind(sessionExpiry);

  return {
    apiRouter: createApiRouter({
      ctx,
      authenticator,
      loginThrottle: new LoginThrottle(store.loginThrottle, {
        maxFailures: config.auth.loginMaxFailures,
        windowMs: config.auth.loginWindowMs,
        accountSlowdownAfter: config.auth.loginAccountSlowdownAfter,
        maxDelayMs: config.auth.loginMaxDelayMs,
      }),
      originPolicy,
      cookieSecure: config.auth.cookieSecure,
      maxJsonBytes: config.http.maxJsonBytes,
      liveDocuments,
    }),
    authorizeDocumentConnection: createDocumentConnectionAuthorizer({
      store,
      authenticator,
      originPolicy,
      grants,
      onAdmitted,
    }),
    documentActivity,
    recordServerWrite: createServerWriteRecorder(ctx),
    authorship: createAuthorshipRecorder(ctx),
    attach(parts) {
      hub = parts.hub;
      const events = (eventsServer = createEventsServer({
        httpServer: parts.httpServer,
        store,
        authenticator,
        originPolicy,
        logger,
        onAdmitted,
      }));
      // The socket.io push is a processor of the event log: every recorded change reaches the room.
      ctx.eventBus.subscribe((event) =>
        events.publish(event.workspaceId, 'activity:appended', {
          workspaceId: event.workspaceId,
          entry: presentActivityEntry(event),
        }),
      );
      // Automatic versions (a decision opened, an editing session) are one more.
      automaticVersions = startAutomaticVersions({ ctx });
      // Decisions closed in a meeting are written into its minutes.
      minutesDecisions = startMinutesDecisions({ ctx, live: liveDocuments });
      // Notifications are another processor: stored, pushed to the person, mailed in batches.
      notifications = startNotifications({
        ctx,
        batchMs: config.mail.notificationBatchMs,
        push(userId, notification, unreadCount) {
          try {
            events.publishToUser(userId, 'notification:created', { notification, unreadCount });
          } catch (error) {
            logger.error('could not push a notification', { error });
          }
        },
      });
    },
    async close() {
      sessionExpiry.close();
      // After the hub has closed (app.ts), so its last unloads are in.
      await documentActivity.close();
      await notifications?.close();
      await automaticVersions?.close();
      await minutesDecisions?.close();
      await eventsServer?.close();
    },
  };
}
