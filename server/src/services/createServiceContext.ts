/** Builds a ServiceContext from the parsed config; the composition root supplies the listeners. */
import { randomUUID } from 'node:crypto';
import { createPasswordHasher } from '../auth/passwords.js';
import type { Config } from '../config.js';
import { createEventBus } from '../events/eventBus.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/port.js';
import type { ServiceContext } from './context.js';

export function createServiceContext(props: {
  config: Config;
  store: Store;
  logger: Logger;
  events: ServiceContext['events'];
  access: ServiceContext['access'];
}): ServiceContext {
  return {
    store: props.store,
    logger: props.logger,
    events: props.events,
    eventBus: createEventBus(props.logger),
    access: props.access,
    passwords: createPasswordHasher(),
    config: {
      sessionTtlMs: props.config.auth.sessionTtlMs,
      invitationTtlMs: props.config.auth.invitationTtlMs,
    },
    now: () => new Date(),
    newId: () => randomUUID(),
  };
}
