/**
 * The tab's one socket.io connection for live events (typed by
 * shared/src/events.ts), shared by every hook that listens: the workspace
 * home used to open five (one per live section), each authenticated and
 * joined on its own. The server authenticates it with the session cookie.
 *
 * `listenLive` registers a hook's handlers and, when it names a workspace,
 * keeps this socket in that workspace's room while anyone needs it. After a
 * reconnect the rooms are joined again before the hooks' `onConnect` runs
 * (their chance to refetch what they missed). The socket.io client is
 * fetched with the first listener, after the page has rendered, not with the
 * page. When the last listener goes, the room is left and the connection
 * closed a little later, so that moving from one page to the next (old
 * hooks out, new hooks in) keeps both. `closeLiveSocket` closes it at once:
 * signing in or out must not hand one person's connection to the next.
 */
import type {
  ClientEventName,
  ClientToServerEvents,
  ServerEventName,
  ServerToClientEvents,
} from '@samverka/shared';
import type { Socket } from 'socket.io-client';

export type WorkspaceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

// Checked against the shared contract, but written out: this module is in the start-up chunk
// (the sign-in form closes the socket), and the event names' module, which the pages share,
// would come to start-up as a chunk of its own.
const JOIN = 'workspace:join' satisfies ClientEventName;
const LEAVE = 'workspace:leave' satisfies ClientEventName;

/** How long an unused connection or room stays, for the page that comes next. */
const LINGER_MS = 5_000;

export interface LiveListener {
  /** The workspace whose events to receive (its room); none for one's own notifications. */
  workspaceId?: string;
  /** Handlers per server event. */
  on: { [E in ServerEventName]?: ServerToClientEvents[E] };
  /** After every (re)connect, rooms joined: refetch what may have been missed meanwhile. */
  onConnect?: () => void;
}

const live = {
  socket: null as WorkspaceSocket | null,
  /** Bumped by every open and close: a socket.io client that arrives for an older one is dropped. */
  generation: 0,
  opening: false,
  listeners: new Set<LiveListener>(),
  /** Rooms to be in, with how many listeners hold each (a lingering room counts as one). */
  rooms: new Map<string, number>(),
  leaveTimers: new Map<string, number>(),
  closeTimer: 0,
};

function join(socket: WorkspaceSocket, workspaceId: string) {
  socket.emit(JOIN, { workspaceId }, () => undefined);
}

function attach(socket: WorkspaceSocket, listener: LiveListener) {
  for (const [event, handler] of Object.entries(listener.on)) {
    socket.on(event as ServerEventName, handler as never);
  }
}

function detach(socket: WorkspaceSocket, listener: LiveListener) {
  for (const [event, handler] of Object.entries(listener.on)) {
    socket.off(event as ServerEventName, handler as never);
  }
}

function open() {
  const generation = ++live.generation;
  live.opening = true;
  import('socket.io-client').then(
    ({ io }) => {
      if (generation !== live.generation) return;
      live.opening = false;
      const socket: WorkspaceSocket = io({
        path: '/socket.io',
        withCredentials: true,
        transports: ['websocket'],
      });
      live.socket = socket;
      socket.on('connect', () => {
        for (const workspaceId of live.rooms.keys()) join(socket, workspaceId);
        for (const listener of live.listeners) listener.onConnect?.();
      });
      for (const listener of live.listeners) attach(socket, listener);
    },
    (error: unknown) => {
      // The chunk could not be fetched (offline, or a deploy replaced it): pages work without
      // live updates, and the next listener tries again.
      if (generation === live.generation) live.opening = false;
      console.warn('Samverka: live updates are unavailable', error);
    },
  );
}

function holdRoom(workspaceId: string) {
  window.clearTimeout(live.leaveTimers.get(workspaceId));
  const lingering = live.leaveTimers.delete(workspaceId);
  const holders = lingering ? 0 : (live.rooms.get(workspaceId) ?? 0);
  live.rooms.set(workspaceId, holders + 1);
  if (holders === 0 && !lingering && live.socket?.connected) join(live.socket, workspaceId);
}

function releaseRoom(workspaceId: string) {
  const holders = (live.rooms.get(workspaceId) ?? 1) - 1;
  if (holders > 0) {
    live.rooms.set(workspaceId, holders);
    return;
  }
  // Left a moment later (still a room meanwhile, so a reconnect rejoins it): the next page,
  // usually of the same workspace, takes it over.
  live.leaveTimers.set(
    workspaceId,
    window.setTimeout(() => {
      live.leaveTimers.delete(workspaceId);
      live.rooms.delete(workspaceId);
      live.socket?.emit(LEAVE, { workspaceId }, () => undefined);
    }, LINGER_MS),
  );
}

/** Starts receiving; the returned function stops. */
export function listenLive(listener: LiveListener): () => void {
  window.clearTimeout(live.closeTimer);
  live.listeners.add(listener);
  if (listener.workspaceId) holdRoom(listener.workspaceId);
  if (live.socket) {
    attach(live.socket, listener);
    // Already connected: no 'connect' is coming for this listener, so it catches up now.
    if (live.socket.connected) listener.onConnect?.();
  } else if (!live.opening) {
    open();
  }
  return () => {
    if (!live.listeners.delete(listener)) return;
    if (live.socket) detach(live.socket, listener);
    if (listener.workspaceId) releaseRoom(listener.workspaceId);
    if (live.listeners.size === 0) {
      live.closeTimer = window.setTimeout(() => {
        if (live.listeners.size === 0) closeLiveSocket();
      }, LINGER_MS);
    }
  };
}

/**
 * Closes the connection now (signing in or out: the next person gets a connection of their
 * own). The next listener opens a new one. Signing in or out changes page, so the listeners of
 * the old page are about to go; any still registered a moment later get a new connection too.
 */
export function closeLiveSocket(): void {
  live.generation++;
  live.opening = false;
  window.clearTimeout(live.closeTimer);
  for (const [workspaceId, timer] of live.leaveTimers) {
    window.clearTimeout(timer);
    live.rooms.delete(workspaceId);
  }
  live.leaveTimers.clear();
  live.socket?.disconnect();
  live.socket = null;
  live.closeTimer = window.setTimeout(() => {
    if (live.listeners.size > 0 && !live.socket && !live.opening) open();
  }, LINGER_MS);
}
