/** Builds a ServiceContext from the parsed config; the composition root supplies the listeners. */
import { randomUUID } from 'node:crypto';
import { createPasswordHasher } from '../auth/passwords.js';
import type { Config } from '../config.js';
import { createEventBus } from '../events/eventBus.js';
import type { Logger } from '../logger.js';
import { disabledMailer } from '../mail/mailer.js';
import type { Mailer } from '../mail/mailer.js';
import type { Store } from '../store/port.js';
import type { ServiceContext } from './context.js';

export function createServiceContext(props: {
  config: Config;
  store: Store;
  logger: Logger;
  events: ServiceContext['events'];
  access: ServiceContext['access'];
  /** Built by the composition root; none (no mail) for seeding and command-line tools. */
  mailer?: Mailer;
}): ServiceContext {
  return {
    store: props.store,
    logger: props.logger,
    events: props.events,
    eventBus: createEventBus(props.logger),
    access: props.access,
    mailer: props.mailer ?? disabledMailer,
    passwords: createPasswordHasher(),
    config: {
      sessionTtlMs: props.config.auth.sessionTtlMs,
      invitationTtlMs: props.config.auth.invitationTtlMs,
      emailVerificationTtlMs: props.config.auth.emailVerificationTtlMs,
      passwordResetTtlMs: props.config.auth.passwordResetTtlMs,
      publicUrl: props.config.http.publicUrl,
    },
    now: () => new Date(),
    newId: () => randomUUID(),
  };
}
