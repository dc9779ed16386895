/**
 * One open document in the browser: a Y.Doc persisted in IndexedDB (so edits
 * made offline survive a reload) and synced through the stock y-websocket
 * provider to /yjs/<documentId>. The session owns the derived sync status
 * (see syncStatus.ts) and exposes it as a tiny external store for React.
 *
 * Going offline in the browser disconnects the socket on purpose: a socket
 * that merely stalls would otherwise look "connected" for up to 30 s.
 */
import { EDITOR_SCHEMA_VERSION, SCHEMA_VERSION_PARAM, YJS_PATH_PREFIX } from '@samverka/shared';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { installAckExtension } from './ackExtension';
import { installPresenceLiveness } from './presenceLiveness';
import {
  initialSyncFacts,
  noteAck,
  noteConnection,
  noteDocUpdate,
  noteServerState,
} from './syncLedger';
import type { DocUpdateRoute } from './syncLedger';
import type { SyncFacts, SyncStatus } from './syncStatus';
import { deriveSyncStatus } from './syncStatus';

export interface CollabSession {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly documentId: string;
  getStatus(): SyncStatus;
  subscribeStatus(listener: () => void): () => void;
  /** The close code of the last server-side close, if any (e.g. permission changed). */
  lastCloseCode(): number | null;
  destroy(): void;
}

export interface CreateCollabSessionProps {
  documentId: string;
  /** Keeps different people's offline copies apart on a shared computer. */
  userId: string;
  /**
   * A read connection: the hub drops (and never acknowledges) what it sends,
   * so its sync step 2 is not counted as awaiting an ack.
   */
  readOnly: boolean;
  /** e.g. ws://localhost:3000; defaults to this page's origin. */
  socketOrigin?: string;
}

export function localDatabaseName(userId: string, documentId: string): string {
  return `samverka:${userId}:${documentId}`;
}

function defaultSocketOrigin(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}`;
}

export function createCollabSession(props: CreateCollabSessionProps): CollabSession {
  const { documentId, userId } = props;
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(localDatabaseName(userId, documentId), doc);
  const serverUrl = `${props.socketOrigin ?? defaultSocketOrigin()}${YJS_PATH_PREFIX.slice(0, -1)}`;
  const provider = new WebsocketProvider(serverUrl, documentId, doc, {
    connect: false,
    disableBc: true,
    // The door refuses editors built for an older schema (docs/ARCHITECTURE.md).
    params: { [SCHEMA_VERSION_PARAM]: String(EDITOR_SCHEMA_VERSION) },
  });

  const facts: SyncFacts = initialSyncFacts(navigator.onLine);
  let status: SyncStatus = deriveSyncStatus(facts);
  let closeCode: number | null = null;
  const listeners = new Set<() => void>();

  const refresh = () => {
    noteConnection(facts, provider.wsconnected, provider.synced);
    const next = deriveSyncStatus(facts);
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener();
  };

  const removeAck = installAckExtension(provider, {
    onServerState: (stateVector) => {
      // The stock handler now answers with our sync step 2, carrying any offline edits.
      noteServerState(facts, stateVector, props.readOnly);
      refresh();
    },
    onAck: (stateVector, committedMessages) => {
      noteAck(facts, stateVector, committedMessages);
      refresh();
    },
  });

  const removePresenceLiveness = installPresenceLiveness(provider);

  const routeOf = (origin: unknown): DocUpdateRoute => {
    // Relayed by the hub, which commits before it relays; or nothing of ours to save.
    if (origin === provider || props.readOnly) return 'relayed';
    // The provider's own update handler ran first and sent this update.
    if (provider.wsconnected && provider.ws?.readyState === WebSocket.OPEN) return 'sent';
    return origin === persistence ? 'restored' : 'unsent';
  };
  const onDocUpdate = (_update: Uint8Array, origin: unknown) => {
    noteDocUpdate(facts, routeOf(origin), doc.clientID, Y.getState(doc.store, doc.clientID));
    refresh();
  };
  doc.on('update', onDocUpdate);

  const onConnectionClose = (event: CloseEvent | null) => {
    if (event) closeCode = event.code;
    // A failed first attempt means offline too, not "still connecting".
    facts.attempted = true;
    refresh();
  };
  provider.on('status', refresh);
  provider.on('sync', refresh);
  provider.on('connection-close', onConnectionClose);

  const goOffline = () => {
    facts.browserOnline = false;
    provider.disconnect();
    refresh();
  };
  const goOnline = () => {
    facts.browserOnline = true;
    provider.connect();
    refresh();
  };
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);
  if (navigator.onLine) provider.connect();

  return {
    doc,
    provider,
    documentId,
    getStatus: () => status,
    subscribeStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lastCloseCode: () => closeCode,
    destroy() {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      removeAck();
      removePresenceLiveness();
      doc.off('update', onDocUpdate);
      provider.off('status', refresh);
      provider.off('sync', refresh);
      provider.off('connection-close', onConnectionClose);
      provider.destroy();
      void persistence.destroy();
      doc.destroy();
    },
  };
}
