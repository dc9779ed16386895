/**
 * Well-behaved clients: the stock y-websocket provider, as any editor would
 * use it, with counters the fault tests assert on (disconnections, edits).
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface EditorClient {
  doc: Y.Doc;
  text: Y.Text;
  provider: WebsocketProvider;
  /** How often this client lost its connection since it first connected. */
  disconnections(): number;
  destroy(): void;
}

export function connectEditor(
  wsUrl: string,
  documentName: string,
  params: Record<string, string> = {},
): EditorClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl.replace(/\/$/, ''), documentName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 100,
    params,
  });
  let connectedOnce = false;
  let disconnections = 0;
  provider.on('status', ({ status }: { status: string }) => {
    if (status === 'connected') connectedOnce = true;
    if (status === 'disconnected' && connectedOnce) disconnections++;
  });
  return {
    doc,
    text: doc.getText('text'),
    provider,
    disconnections: () => disconnections,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Starts editing every `intervalMs`: random inserts, some deletions. Returns a stop function. */
export function keepEditing(
  editor: EditorClient,
  random: () => number,
  intervalMs: number,
): { stop: () => void; edits: () => number } {
  let edits = 0;
  const timer = setInterval(() => {
    editor.doc.transact(() => {
      const length = editor.text.length;
      if (length > 20 && random() < 0.25) {
        editor.text.delete(Math.floor(random() * (length - 3)), 1 + Math.floor(random() * 2));
      }
      editor.text.insert(Math.floor(random() * (editor.text.length + 1)), 'abcdefgh'[length % 8]!);
    });
    edits++;
  }, intervalMs);
  return { stop: () => clearInterval(timer), edits: () => edits };
}
