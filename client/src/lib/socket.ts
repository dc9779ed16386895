/**
 * The workspace event socket (socket.io, typed by shared/src/events.ts).
 * One connection per signed-in tab, created on first use by SocketProvider;
 * the server authenticates it with the session cookie.
 */
import type { ClientToServerEvents, ServerToClientEvents } from '@samverka/shared';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';

export type WorkspaceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export function createWorkspaceSocket(): WorkspaceSocket {
  return io({ path: '/socket.io', withCredentials: true, transports: ['websocket'] });
}
