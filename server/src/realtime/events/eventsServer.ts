/**
 * The socket.io door (path /socket.io on the same HTTP server).
 *
 * Connect: the same credentials as REST (session cookie, or `auth.token` /
 * Bearer for scripts) and the same Origin rule; otherwise the connection is
 * refused with an error whose message is the HTTP-like code.
 * Rooms: every socket joins its private `user:<id>` room; it joins a
 * workspace room only through `workspace:join`, after loadAndAuthorize
 * (the same load → authorize as REST: not_found, not_a_member, forbidden).
 * Payloads: every client payload is parsed with its zod schema from
 * shared/src/events.ts before use; every server payload is parsed before it
 * is emitted.
 */
import {
  ClientEvent,
  clientEventSchemas,
  serverEventSchemas,
  workspaceRoom,
} from '@samverka/shared';
import type {
  Ack,
  ClientToServerEvents,
  ServerEventName,
  ServerEventPayload,
  ServerToClientEvents,
} from '@samverka/shared';
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Socket } from 'socket.io';
import type { Authenticator } from '../../auth/authenticator.js';
import { checkOrigin } from '../../auth/documentConnections.js';
import { loadAndAuthorize } from '../../auth/loadAndAuthorize.js';
import type { OriginPolicy } from '../../auth/origins.js';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';

export interface SocketData {
  userId: string;
  credential: Principal['credential'];
}

type EventsSocket = Socket<ClientToServerEvents, ServerToClientEvents, never, SocketData>;

export const userRoom = (userId: string) => `user:${userId}`;

export interface EventsServer {
  publish<E extends ServerEventName>(
    workspaceId: string,
    event: E,
    payload: ServerEventPayload<E>,
  ): void;
  /** Pushes to one person's own sockets (their private room). */
  publishToUser<E extends ServerEventName>(
    userId: string,
    event: E,
    payload: ServerEventPayload<E>,
  ): void;
  /** The user's access changed: tell them, and on removal take them out of the room. */
  memberAccessChanged(props: { workspaceId: string; userId: string; removed: boolean }): void;
  /** Disconnects the sockets whose authentication matches (e.g. a revoked token). */
  disconnectWhere(match: (data: SocketData) => boolean): void;
  close(): Promise<void>;
}

export function createEventsServer(deps: {
  httpServer: HttpServer;
  store: Store;
  authenticator: Authenticator;
  originPolicy: OriginPolicy;
  logger: Logger;
  /** Told about every admitted credential (to close sockets when a session expires). */
  onAdmitted?: (userId: string, credential: Principal['credential']) => void;
}): EventsServer {
  const { store, authenticator, originPolicy, logger } = deps;
  const io = new Server<ClientToServerEvents, ServerToClientEvents, never, SocketData>(
    deps.httpServer,
    {
      path: '/socket.io',
      serveClient: false,
      // Upgrades on other paths (the Yjs door) are answered by upgrade.ts
      // after an asynchronous access check; engine.io's default would end
      // any such upgrade still unanswered after 1 s (fault suite:
      // slowAccessCheck.test.ts).
      destroyUpgrade: false,
      maxHttpBufferSize: 64 * 1024,
      // Cross-origin browsers listed in ALLOWED_ORIGINS may use the polling transport too.
      ...(originPolicy.allowedOrigins.length > 0 && {
        cors: { origin: [...originPolicy.allowedOrigins], credentials: true },
      }),
    },
  );

  io.use((socket, next) => {
    void (async () => {
      checkOrigin(socket.request, originPolicy);
      const token: unknown = socket.handshake.auth?.token;
      const principal =
        typeof token === 'string'
          ? await authenticator.fromApiToken(token)
          : await authenticator.fromRequest(socket.request);
      if (!principal) throw new AppError(401, 'unauthenticated', 'unauthenticated');
      socket.data = { userId: principal.user.id, credential: principal.credential };
      deps.onAdmitted?.(principal.user.id, principal.credential);
    })().then(
      () => next(),
      (error: unknown) => {
        const refusal =
          error instanceof AppError ? error : new AppError(500, 'internal', 'internal');
        if (!(error instanceof AppError)) logger.error('socket.io auth failed', { error });
        next(Object.assign(new Error(refusal.code), { data: { status: refusal.status } }));
      },
    );
  });

  io.on('connection', (socket: EventsSocket) => {
    void socket.join(userRoom(socket.data.userId));

    socket.on(ClientEvent.workspaceJoin, (payload, ack) => {
      void answer(ack, async () => {
        const { workspaceId } = clientEventSchemas[ClientEvent.workspaceJoin].parse(payload);
        // Re-check the credential: a revoked session or token must not join anything.
        if (!(await authenticator.isStillValid(socket.data.credential))) {
          throw new AppError(401, 'unauthenticated', 'session or token no longer valid');
        }
        const user = await store.users.findById(socket.data.userId);
        if (!user) throw new AppError(401, 'unauthenticated', 'the account no longer exists');
        await loadAndAuthorize({
          store,
          principal: { user },
          action: 'workspace:read',
          load: 'workspace',
          id: workspaceId,
        });
        await socket.join(workspaceRoom(workspaceId));
      });
    });

    socket.on(ClientEvent.workspaceLeave, (payload, ack) => {
      void answer(ack, async () => {
        const { workspaceId } = clientEventSchemas[ClientEvent.workspaceLeave].parse(payload);
        await socket.leave(workspaceRoom(workspaceId));
      });
    });
  });

  /** Runs a request and reports through the acknowledgement (if the client gave one). */
  async function answer(ack: unknown, run: () => Promise<void>): Promise<void> {
    let result: Ack;
    try {
      await run();
      result = { ok: true };
    } catch (error) {
      const known = error instanceof AppError;
      if (!known && !(error instanceof Error && error.name === 'ZodError')) {
        logger.error('socket.io handler failed', { error });
      }
      result = {
        ok: false,
        error: known
          ? { code: error.code, message: error.message }
          : error instanceof Error && error.name === 'ZodError'
            ? { code: 'validation_failed', message: 'invalid payload' }
            : { code: 'internal', message: 'internal error' },
      };
    }
    if (typeof ack === 'function') (ack as (r: Ack) => void)(result);
  }

  function emitTo<E extends ServerEventName>(
    room: string,
    event: E,
    payload: ServerEventPayload<E>,
  ) {
    const checked = serverEventSchemas[event].parse(payload);
    // socket.io's emit typing cannot follow a generic event name; the schema above guards it.
    (io.to(room).emit as (e: string, p: unknown) => boolean)(event, checked);
  }

  return {
    publish(workspaceId, event, payload) {
      emitTo(workspaceRoom(workspaceId), event, payload);
    },
    publishToUser(userId, event, payload) {
      emitTo(userRoom(userId), event, payload);
    },
    memberAccessChanged({ workspaceId, userId, removed }) {
      if (removed) io.in(userRoom(userId)).socketsLeave(workspaceRoom(workspaceId));
      emitTo(userRoom(userId), 'access:changed', { workspaceId });
    },
    disconnectWhere(match) {
      for (const socket of io.sockets.sockets.values()) {
        if (match(socket.data)) socket.disconnect(true);
      }
    },
    close() {
      return new Promise((resolve) => {
        io.close(() => resolve());
      });
    },
  };
}
