/**
 * After an event is committed, the bus hands it to every processor (the
 * socket.io push, later notifications and webhooks). Processors run after
 * the change is stored: a failing one is logged and never turns the change
 * into an error, and never stops the others.
 */
import type { WorkspaceEvent } from '@samverka/shared';
import type { Logger } from '../logger.js';

export type EventProcessor = (event: WorkspaceEvent) => void | Promise<void>;

export interface EventBus {
  committed(event: WorkspaceEvent): void;
  subscribe(processor: EventProcessor): () => void;
}

export function createEventBus(logger: Logger): EventBus {
  const processors = new Set<EventProcessor>();
  return {
    committed(event) {
      for (const processor of processors) {
        void Promise.resolve()
          .then(() => processor(event))
          .catch((error: unknown) =>
            logger.error('event processor failed', { eventId: event.id, error }),
          );
      }
    },
    subscribe(processor) {
      processors.add(processor);
      return () => processors.delete(processor);
    },
  };
}
