/**
 * Stock y-websocket clients for tests: exactly what a browser would run,
 * with Node's `ws` as the WebSocket and the BroadcastChannel shortcut off (two
 * providers in one process must talk through the server, not around it).
 */
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface ProviderClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the provider has completed a sync with the server. */
  whenSynced(): Promise<void>;
  destroy(): void;
}

export interface ConnectProviderOptions {
  /** Query parameters, e.g. { token }. */
  params?: Record<string, string>;
  doc?: Y.Doc;
  /** Set false to connect later with provider.connect(). */
  connect?: boolean;
}

export function connectProvider(
  wsUrl: string,
  documentName: string,
  options: ConnectProviderOptions = {},
): ProviderClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, documentName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
    ...(options.params ? { params: options.params } : {}),
  });
  return {
    doc,
    provider,
    whenSynced() {
      if (provider.synced) return Promise.resolve();
      return new Promise((resolve) => {
        const onSync = (synced: boolean) => {
          if (!synced) return;
          provider.off('sync', onSync);
          resolve();
        };
        provider.on('sync', onSync);
      });
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
