/**
 * What every service receives: the store and the few collaborators built by
 * the composition root. Services are verb-noun functions taking one props
 * object `{ ctx, ... }`; callers (routes, socket.io, seed) have already
 * authenticated and authorized, services enforce domain invariants.
 */
import type { ServerEventName, ServerEventPayload } from '@samverka/shared';
import type { PasswordHasher } from '../auth/passwords.js';
import type { Credential } from '../auth/principal.js';
import type { EventBus } from '../events/eventBus.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mail/mailer.js';
import type { Store } from '../store/port.js';

/** Pushes a change to everyone connected to a workspace (socket.io room). */
export interface WorkspaceEventPublisher {
  publish<E extends ServerEventName>(
    workspaceId: string,
    event: E,
    payload: ServerEventPayload<E>,
  ): void;
}

/** Told when someone's access changes, so their open sockets re-authorise. */
export interface AccessChangeListener {
  /** The user's role or organisation in the workspace changed, or they were removed. */
  memberAccessChanged(props: { workspaceId: string; userId: string; removed: boolean }): void;
  /** Everyone's access to the workspace changed (it was closed or reopened). */
  workspaceAccessChanged(props: { workspaceId: string }): void;
  /**
   * Who may write the document changed (e.g. minutes locked or unlocked):
   * open connections reconnect and get the access that holds now.
   */
  documentAccessChanged?(props: { workspaceId: string; documentId: string }): void;
  /** The document is gone: close every connection to it. */
  documentDeleted(props: { workspaceId: string; documentId: string }): void;
  /** Sessions or tokens of a user were revoked: close the sockets they opened. */
  credentialsRevoked(props: { userId: string; revoked: (credential: Credential) => boolean }): void;
}

export interface ServiceConfig {
  sessionTtlMs: number;
  invitationTtlMs: number;
  emailVerificationTtlMs: number;
  passwordResetTtlMs: number;
  /** Where mailed links point (PUBLIC_URL); always set when mail is enabled. */
  publicUrl: string | undefined;
}

export interface ServiceContext {
  store: Store;
  passwords: PasswordHasher;
  events: WorkspaceEventPublisher;
  /** Told about every committed event-log entry (services/recordChange.ts). */
  eventBus: EventBus;
  access: AccessChangeListener;
  logger: Logger;
  /** Outgoing mail; `enabled` is false without SMTP_URL. */
  mailer: Mailer;
  config: ServiceConfig;
  now(): Date;
  newId(): string;
}

/** Listeners for contexts with no live connections (seeding, command-line tools). */
export const noLiveConnections: Pick<ServiceContext, 'events' | 'access'> = {
  events: { publish: () => undefined },
  access: {
    memberAccessChanged: () => undefined,
    workspaceAccessChanged: () => undefined,
    documentDeleted: () => undefined,
    credentialsRevoked: () => undefined,
  },
};
