/**
 * Samverka's opt-in durable-save acknowledgement on top of the stock
 * y-websocket provider (wire format in shared/src/realtime.ts):
 * after every (re)connect we send [ackSubscribe]; the hub then answers each
 * durable commit of our updates with
 *   [ack, varUint8Array(stateVector), varUint(committedUpdateMessages)]
 * where the count covers every sync-step-2 and update message this
 * connection sent (so pure deletions, which add no clock, are covered too).
 * We also peek at the server's sync step 1 (its state vector) before the
 * stock handler answers it: everything the hub holds is already committed.
 * The stock handlers stay untouched; we only add entries to this provider's
 * own `messageHandlers` copy.
 */
import { MessageType } from '@samverka/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import type { StateVector } from './syncStatus';

const SYNC_STEP_1 = 0;

type MessageHandler = WebsocketProvider['messageHandlers'][number];

export interface AckListeners {
  /** The server's sync step 1: the stock handler answers it with our step 2. */
  onServerState(stateVector: StateVector): void;
  /** `committedMessages` is null if the hub does not send the count. */
  onAck(stateVector: StateVector, committedMessages: number | null): void;
}

export function installAckExtension(
  provider: WebsocketProvider,
  listeners: AckListeners,
): () => void {
  const stockSync = provider.messageHandlers[MessageType.sync];
  const peekingSync: MessageHandler = (encoder, decoder, prov, emitSynced, messageType) => {
    const peek = decoding.clone(decoder);
    if (decoding.readVarUint(peek) === SYNC_STEP_1) {
      listeners.onServerState(Y.decodeStateVector(decoding.readVarUint8Array(peek)));
    }
    stockSync?.(encoder, decoder, prov, emitSynced, messageType);
  };
  provider.messageHandlers[MessageType.sync] = peekingSync;

  provider.messageHandlers[MessageType.ack] = (_encoder, decoder) => {
    const stateVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    const count = decoding.hasContent(decoder) ? decoding.readVarUint(decoder) : null;
    listeners.onAck(stateVector, count);
  };

  const subscribe = ({ status }: { status: string }) => {
    if (status !== 'connected' || provider.ws === null) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.ackSubscribe);
    provider.ws.send(encoding.toUint8Array(encoder));
  };
  provider.on('status', subscribe);
  return () => provider.off('status', subscribe);
}
