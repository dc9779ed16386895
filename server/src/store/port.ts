/**
 * The persistence port: interfaces only. Adapters (sqlite/, mongo/) implement
 * them; only the composition root (main.ts) picks one. Everything is async so
 * that the embedded store and a networked one fit the same shape, and
 * documents travel as opaque Yjs updates (`Uint8Array`), never as JSON.
 *
 * Update log model, shared by every adapter:
 * - each document has a log of updates with a per-document, strictly
 *   increasing sequence number (`seq`), and at most one current snapshot that
 *   records the last `seq` it covers;
 * - load = the newest snapshot + every update with seq > snapshot.coversSeq;
 * - compaction writes a snapshot covering up to some seq, then deletes the
 *   updates it covers. An update appended meanwhile has a higher seq and is
 *   kept. Each step must be crash-safe in any order of failure: a snapshot
 *   without the deletes just means some covered updates are skipped at load.
 */
import type {
  AdvisoryStatement,
  Approval,
  ApprovalSubject,
  Body,
  Decision,
  DecisionStatus,
  Comment,
  CommentThread,
  Document as DocumentMeta,
  EventChainHead,
  EventPayload,
  WorkspaceEvent,
  Invitation,
  Membership,
  Notification,
  NotificationMail,
  Organisation,
  User,
  Version,
  Workspace,
} from '@samverka/shared';
import type { EventDraft } from '../events/eventChain.js';
import type { MethodRepositories, MethodTransferRecords } from './methodPort.js';

export type * from './methodPort.js';

export interface StoredDocument {
  /** Merged state of everything up to `snapshotSeq`, or null when none. */
  snapshot: Uint8Array | null;
  /** Last sequence number the snapshot covers (0 when there is none). */
  snapshotSeq: number;
  /** Updates after the snapshot, in sequence order. */
  updates: Uint8Array[];
  /** Highest sequence number present (snapshot or update); 0 when empty. */
  lastSeq: number;
}

export interface AppendedUpdate {
  documentName: string;
  update: Uint8Array;
}

export interface DocumentLogStats {
  /** Updates stored after the current snapshot. */
  updateCount: number;
  /** Total bytes of those updates. */
  updateBytes: number;
}

export interface DocumentLogStore {
  load(documentName: string): Promise<StoredDocument>;
  /**
   * Appends a batch (possibly spanning documents) durably, in order, as one
   * atomic write where the adapter can: resolves only once committed. Returns
   * the assigned sequence number of each entry, in input order.
   */
  append(batch: readonly AppendedUpdate[]): Promise<number[]>;
  /**
   * Stores `snapshot` as the state up to and including `coversSeq` and drops
   * the updates it covers. Updates with a higher seq are never touched.
   */
  compact(documentName: string, snapshot: Uint8Array, coversSeq: number): Promise<void>;
  stats(documentName: string): Promise<DocumentLogStats>;
  /** Removes the log and snapshots of one document. */
  remove(documentName: string): Promise<void>;
}

export interface Store extends DomainRepositories, ChangeWithEvent {
  readonly kind: 'sqlite' | 'mongodb';
  readonly documents: DocumentLogStore;
  /** Whole-store reads and wipes for export/import (cli/). */
  readonly transfer: StoreTransfer;
  /** Resolves when the store answers; rejects when it does not (readiness). */
  ping(): Promise<void>;
  /**
   * Commits a small write that needs fresh space and rejects when it fails
   * (full disk or database, read-only file): /readyz is not ready then.
   */
  probeWrite(): Promise<void>;
  close(): Promise<void>;
}

/*
 * Domain repositories: accounts, workspaces and their members.
 *
 * Rules every adapter follows (the contract suites in store/contract/ check them):
 * - Records carry timestamps as ISO 8601 strings and ids chosen by the caller
 *   (services generate UUIDs), so adapters never invent identity.
 * - Uniqueness is reported as a result ('duplicate'), not as an exception,
 *   so services map it to 409 without adapter-specific error classes.
 * - Every method is one atomic step on one record where possible, so a
 *   document store without multi-document transactions can implement it.
 *   Where a method checks another collection (deleteIfUnused, the last-admin
 *   guard), SQLite does it in a transaction and MongoDB may do it as a
 *   best-effort check-then-act; the services never rely on more than that.
 * - Lists sort by their key (createdAt, or name then createdAt) and break ties
 *   in insertion order, so records created in the same millisecond are listed
 *   in the order they were created (store/contract/listOrder.contract.ts).
 * - Services order multi-record writes so a crash between them leaves nothing
 *   visible half-done (e.g. a workspace becomes visible through its first
 *   membership, which is written last).
 */

export type InsertResult = 'created' | 'duplicate';

export interface UserRecord extends Omit<User, 'emailVerifiedAt'> {
  /** argon2id hash; null for an account that has not chosen a password yet. */
  passwordHash: string | null;
  /**
   * When the owner proved the address (a mailed link, or a site admin by
   * hand); null or absent: unverified. Repositories always return a value.
   */
  emailVerifiedAt?: string | null;
}

export interface UserRepository {
  /** Emails are unique (stored lower-case by the caller). */
  insert(user: UserRecord): Promise<InsertResult>;
  findById(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  findManyByIds(ids: readonly string[]): Promise<UserRecord[]>;
  update(
    id: string,
    patch: Partial<Pick<UserRecord, 'name' | 'passwordHash' | 'isSiteAdmin' | 'emailVerifiedAt'>>,
  ): Promise<UserRecord | null>;
  count(): Promise<number>;
}

/** Secrets mailed to an account's owner: prove the address, or set a new password. */
export type AccountTokenPurpose = 'email_verification' | 'password_reset';

export interface AccountTokenRecord {
  id: string;
  userId: string;
  purpose: AccountTokenPurpose;
  /** The address it was mailed to; it proves only that address. */
  email: string;
  /** SHA-256 of the secret in the link (hex); the secret itself is never stored. */
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
  /** Set once, when the link is used; a used token never works again. */
  usedAt: string | null;
}

export interface AccountTokenRepository {
  insert(token: AccountTokenRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<AccountTokenRecord | null>;
  /** Marks the token used, atomically and exactly once; false if it already was. */
  consume(id: string, at: string): Promise<boolean>;
  /** When the user's newest token of this purpose was created (null: none), to pace mail. */
  latestCreatedAt(userId: string, purpose: AccountTokenPurpose): Promise<string | null>;
}

export interface SessionRecord {
  id: string;
  userId: string;
  /** SHA-256 of the cookie secret (hex); the secret itself is never stored. */
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
}

export interface SessionRepository {
  insert(session: SessionRecord): Promise<void>;
  /** Only unexpired sessions (expiresAt > now) are returned. */
  findActiveByTokenHash(tokenHash: string, now: string): Promise<SessionRecord | null>;
  deleteByTokenHash(tokenHash: string): Promise<void>;
  /** Signs a user out everywhere, optionally keeping one session. */
  deleteAllForUser(userId: string, exceptSessionId?: string): Promise<void>;
  /** The user's unexpired sessions (expiresAt > now), newest first. */
  listActiveForUser(userId: string, now: string): Promise<SessionRecord[]>;
  /** Ends one of the user's sessions; false when the user has no such session. */
  deleteForUser(userId: string, sessionId: string): Promise<boolean>;
  deleteExpired(now: string): Promise<number>;
}

export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  /** SHA-256 of the secret (hex). Tokens are high-entropy, so no slow hash is needed. */
  tokenHash: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** Refused from this moment on; null: valid until revoked. */
  expiresAt: string | null;
}

export interface ApiTokenRepository {
  insert(token: ApiTokenRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<ApiTokenRecord | null>;
  listByUser(userId: string): Promise<ApiTokenRecord[]>;
  /** Deletes only a token of that user; false when there is none. */
  delete(userId: string, id: string): Promise<boolean>;
  markUsed(id: string, at: string): Promise<void>;
  /** Revokes every token of a user; returns how many there were. */
  deleteAllForUser(userId: string): Promise<number>;
}

export type WorkspaceRecord = Workspace;

export interface WorkspaceRepository {
  insert(workspace: WorkspaceRecord): Promise<void>;
  findById(id: string): Promise<WorkspaceRecord | null>;
  findManyByIds(ids: readonly string[]): Promise<WorkspaceRecord[]>;
  update(
    id: string,
    patch: Partial<Pick<WorkspaceRecord, 'name' | 'kind' | 'description' | 'status' | 'updatedAt'>>,
  ): Promise<WorkspaceRecord | null>;
}

export type OrganisationRecord = Organisation;

/** Outcome of a delete that refuses while other records still refer to the target. */
export type GuardedDeleteResult = 'deleted' | 'in_use' | 'not_found';

export interface OrganisationRepository {
  insert(organisation: OrganisationRecord): Promise<void>;
  findById(workspaceId: string, id: string): Promise<OrganisationRecord | null>;
  listByWorkspace(workspaceId: string): Promise<OrganisationRecord[]>;
  update(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<OrganisationRecord, 'name' | 'kind' | 'organisationNumber' | 'colour'>>,
  ): Promise<OrganisationRecord | null>;
  /** Refuses ('in_use') while a membership or a pending invitation names it. */
  deleteIfUnused(workspaceId: string, id: string): Promise<GuardedDeleteResult>;
}

export type BodyRecord = Body;

export interface BodyRepository {
  insert(body: BodyRecord): Promise<void>;
  findById(workspaceId: string, id: string): Promise<BodyRecord | null>;
  listByWorkspace(workspaceId: string): Promise<BodyRecord[]>;
  update(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<BodyRecord, 'name' | 'kind' | 'authority'>>,
  ): Promise<BodyRecord | null>;
  /** Refuses ('in_use') while a membership or a pending invitation lists it. */
  deleteIfUnused(workspaceId: string, id: string): Promise<GuardedDeleteResult>;
}

export type MembershipRecord = Membership;

export type MembershipPatch = Partial<
  Pick<MembershipRecord, 'role' | 'organisationId' | 'bodyIds' | 'mandate' | 'updatedAt'>
>;

/** Changes that would leave a workspace without an admin are refused. */
export type MembershipChangeResult =
  | { status: 'changed'; membership: MembershipRecord }
  | { status: 'not_found' }
  | { status: 'last_admin' };

export interface MembershipRepository {
  /** One membership per (workspace, user). */
  insert(membership: MembershipRecord): Promise<InsertResult>;
  findById(workspaceId: string, id: string): Promise<MembershipRecord | null>;
  findByUser(workspaceId: string, userId: string): Promise<MembershipRecord | null>;
  listByWorkspace(workspaceId: string): Promise<MembershipRecord[]>;
  listByUser(userId: string): Promise<MembershipRecord[]>;
  update(workspaceId: string, id: string, patch: MembershipPatch): Promise<MembershipChangeResult>;
  remove(workspaceId: string, id: string): Promise<MembershipChangeResult>;
}

export type DocumentRecord = DocumentMeta;

/** Metadata of co-edited documents; the text itself is in DocumentLogStore. */
export interface DocumentRecordRepository {
  insert(document: DocumentRecord): Promise<void>;
  findById(id: string): Promise<DocumentRecord | null>;
  listByWorkspace(workspaceId: string): Promise<DocumentRecord[]>;
  update(
    id: string,
    patch: Partial<Pick<DocumentRecord, 'title' | 'status' | 'updatedAt'>>,
  ): Promise<DocumentRecord | null>;
  /**
   * Moves `updatedAt` forward to `at` (text edits; never backwards). Returns
   * the record when it moved, null when the document is unknown or already
   * changed at or after `at`.
   */
  touch(id: string, at: string): Promise<DocumentRecord | null>;
  delete(id: string): Promise<boolean>;
}

export interface InvitationRecord extends Omit<Invitation, 'status'> {
  /** 'pending' is derived: neither accepted nor revoked (expiry is checked by time). */
  status: 'pending' | 'accepted' | 'revoked';
  /** SHA-256 of the secret in the link (hex). */
  tokenHash: string;
}

export interface InvitationRepository {
  insert(invitation: InvitationRecord): Promise<void>;
  findById(workspaceId: string, id: string): Promise<InvitationRecord | null>;
  findByTokenHash(tokenHash: string): Promise<InvitationRecord | null>;
  listByWorkspace(workspaceId: string): Promise<InvitationRecord[]>;
  /** Atomically moves a pending invitation to accepted; false if it was not pending. */
  markAccepted(id: string, at: string): Promise<boolean>;
  /** Atomically moves a pending invitation to revoked; false if it was not pending. */
  revoke(workspaceId: string, id: string): Promise<boolean>;
  /**
   * Accepts a pending invitation into `membership` as one step: the
   * invitation leaves pending (exactly once, so a concurrent revoke or a
   * second accept loses) and the membership is written. Refused while the
   * workspace is closed. 'already_member': accepted, the person was a member.
   * SQLite does it in one transaction; MongoDB inserts the outcome row (the
   * atomic step) and then the membership, so a crash between the two leaves
   * an accepted invitation without a member (visible, grants nothing).
   */
  accept(
    membership: MembershipRecord,
    invitationId: string,
    at: string,
  ): Promise<InvitationAcceptResult>;
}

export type InvitationAcceptResult =
  'accepted' | 'already_member' | 'not_pending' | 'workspace_closed';

/** Every domain repository; Store extends it. */
export interface DomainRepositories extends MethodRepositories {
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly apiTokens: ApiTokenRepository;
  readonly workspaces: WorkspaceRepository;
  readonly organisations: OrganisationRepository;
  readonly bodies: BodyRepository;
  readonly memberships: MembershipRepository;
  readonly documentRecords: DocumentRecordRepository;
  readonly invitations: InvitationRepository;
  readonly accountTokens: AccountTokenRepository;
  readonly loginThrottle: LoginThrottleRepository;
  readonly events: EventLogRepository;
  readonly threads: ThreadRepository;
  readonly comments: CommentRepository;
  readonly notifications: NotificationRepository;
  readonly notificationPreferences: NotificationPreferenceRepository;
  readonly approvals: ApprovalRepository;
  readonly decisions: DecisionRepository;
  readonly decisionStatements: AdvisoryStatementRepository;
  readonly versions: VersionRepository;
  readonly documentAuthors: DocumentAuthorRepository;
}

/*
 * Approvals bound to a content hash (shared/src/domain/approval.ts): decision
 * positions (issue 12), version sign-offs (13), minutes approvals (14).
 * Append-only by construction, like the event log: no update, no delete. The
 * latest record per approver counts; the earlier ones are its history.
 */
export type ApprovalRecord = Approval;

export interface ApprovalRepository {
  /** Appends one approval (a new id every time; a repeated id is 'duplicate'). */
  append(approval: ApprovalRecord): Promise<InsertResult>;
  /** Every approval of one subject, oldest first (recordedAt, then insertion order). */
  listBySubject(subject: ApprovalSubject): Promise<ApprovalRecord[]>;
  /** Every approval in a workspace, optionally of one subject kind, oldest first. */
  listByWorkspace(workspaceId: string, kind?: ApprovalSubject['kind']): Promise<ApprovalRecord[]>;
}

/*
 * Decisions (issue 12). Status moves are compare-and-set on the current
 * status, so two coordinators opening or closing at once cannot both win.
 */
export type DecisionRecord = Decision;
export type DecisionPatch = Partial<
  Omit<DecisionRecord, 'id' | 'workspaceId' | 'createdBy' | 'createdAt'>
>;

export interface DecisionRepository {
  insert(decision: DecisionRecord): Promise<void>;
  findById(id: string): Promise<DecisionRecord | null>;
  /** A workspace's decisions in creation order. */
  listByWorkspace(workspaceId: string): Promise<DecisionRecord[]>;
  /** Decisions whose subject is this document, in creation order. */
  listByDocument(documentId: string): Promise<DecisionRecord[]>;
  /**
   * Applies the patch when the decision's status is one of `fromStatuses`;
   * null when there is no such decision or its status is another.
   */
  update(
    id: string,
    fromStatuses: readonly DecisionStatus[],
    patch: DecisionPatch,
  ): Promise<DecisionRecord | null>;
}

/** Advisory bodies' statements on a decision: appended, shown, never counted. */
export type AdvisoryStatementRecord = AdvisoryStatement;

export interface AdvisoryStatementRepository {
  insert(statement: AdvisoryStatementRecord): Promise<void>;
  /** A decision's statements in the order they were made. */
  listByDecision(decisionId: string): Promise<AdvisoryStatementRecord[]>;
}

/*
 * Notifications (events/notifications/ makes them from the event log).
 * One per recipient and event: inserting a second is 'duplicate'.
 */
export type NotificationRecord = Notification;

export interface NotificationRepository {
  insert(notification: NotificationRecord): Promise<InsertResult>;
  /** The user's newest first, at most `limit`. */
  listByUser(userId: string, limit: number): Promise<NotificationRecord[]>;
  countUnread(userId: string): Promise<number>;
  /** Marks one of the user's notifications read; false when the user has no such one. */
  markRead(userId: string, id: string, at: string): Promise<boolean>;
  /** Marks every unread notification of the user read; returns how many. */
  markAllRead(userId: string, at: string): Promise<number>;
  /** Notifications waiting to be mailed, oldest first (all users, or one). */
  listMailPending(userId?: string): Promise<NotificationRecord[]>;
  /** They were mailed (or skipped): no longer pending. */
  clearMailPending(ids: readonly string[]): Promise<void>;
}

export interface NotificationPreferenceRecord {
  /** The user id. */
  id: string;
  mail: NotificationMail;
  language: 'sv' | 'en';
  /** Random secret that signs the user's unsubscribe links (never sent on its own). */
  unsubscribeKey: string;
  updatedAt: string;
}

export interface NotificationPreferenceRepository {
  find(userId: string): Promise<NotificationPreferenceRecord | null>;
  /** Inserts or replaces the user's preferences. */
  save(record: NotificationPreferenceRecord): Promise<void>;
}

/*
 * Comment threads and their comments (issue 11). Kept out of the Y.Doc; each
 * write is one record, so it fits inside store.withEvent on both adapters.
 * Deleting a comment blanks it (deletedAt set, body ''), never removes it.
 */
export type ThreadRecord = CommentThread;
export type CommentRecord = Comment;

export interface ThreadRepository {
  insert(thread: ThreadRecord): Promise<void>;
  findById(id: string): Promise<ThreadRecord | null>;
  /** A document's threads in creation order. */
  listByDocument(documentId: string): Promise<ThreadRecord[]>;
  update(
    id: string,
    patch: Partial<Pick<ThreadRecord, 'status' | 'resolvedBy' | 'resolvedAt'>>,
  ): Promise<ThreadRecord | null>;
  /** Removes a deleted document's threads; returns how many. */
  deleteByDocument(documentId: string): Promise<number>;
}

export interface CommentRepository {
  insert(comment: CommentRecord): Promise<void>;
  findById(id: string): Promise<CommentRecord | null>;
  /** A thread's comments in creation order. */
  listByThread(threadId: string): Promise<CommentRecord[]>;
  /** Every comment on a document's threads in creation order (one read for a listing). */
  listByDocument(documentId: string): Promise<CommentRecord[]>;
  update(
    id: string,
    patch: Partial<Pick<CommentRecord, 'body' | 'mentions' | 'editedAt' | 'deletedAt'>>,
  ): Promise<CommentRecord | null>;
  /** Removes a deleted document's comments; returns how many. */
  deleteByDocument(documentId: string): Promise<number>;
}

/*
 * Versions of documents (issue 13): metadata plus the full Yjs state at that
 * moment, stored apart from the update log (compaction never touches it;
 * MongoDB chunks large states like snapshots). Versions are never changed
 * except for being put forward for sign-off, once.
 */
export interface VersionRecord extends Version {
  /** Put forward for sign-off (null: not). */
  signoffRequest: { requestedBy: string; requestedAt: string } | null;
}

/** A version as export/import moves it: the record and its state in base64. */
export interface VersionTransferRecord extends VersionRecord {
  state: string;
}

export interface VersionRepository {
  /** Stores the record and its state; the state is written first, so a listed version always loads. */
  insert(version: VersionRecord, state: Uint8Array): Promise<void>;
  findById(id: string): Promise<VersionRecord | null>;
  /** A document's versions, newest first (ties: the later inserted first). */
  listByDocument(documentId: string): Promise<VersionRecord[]>;
  /** The full Yjs state of a version (an update), or null when there is no such version. */
  loadState(id: string): Promise<Uint8Array | null>;
  /**
   * Puts a version forward for sign-off, once: the first request stays.
   * Returns the record as it is afterwards, null when there is none.
   */
  putForward(
    id: string,
    request: NonNullable<VersionRecord['signoffRequest']>,
  ): Promise<VersionRecord | null>;
  /** Removes a deleted document's versions and their states; returns how many. */
  deleteByDocument(documentId: string): Promise<number>;
}

/**
 * Authorship of a document's text (issue 13): which person (and the
 * organisation they acted for) each Yjs client id belongs to, recorded when
 * the hub first commits an update of that client id. The first record of a
 * client id in a document stays ('duplicate' after), so nobody can take over
 * text already attributed. `id` is `${documentId}:${clientId}`.
 */
export interface DocumentAuthorRecord {
  id: string;
  documentId: string;
  clientId: number;
  userId: string;
  organisationId: string | null;
  recordedAt: string;
}

export interface DocumentAuthorRepository {
  insert(author: DocumentAuthorRecord): Promise<InsertResult>;
  listByDocument(documentId: string): Promise<DocumentAuthorRecord[]>;
  deleteByDocument(documentId: string): Promise<number>;
}

/*
 * Login throttling (auth/loginThrottle.ts holds the policy). Every sign-in or
 * password check first reserves an attempt under one or more keys; the
 * reservation is one atomic check-and-count per key, so parallel requests
 * cannot all pass the check before any of them is counted. Refused attempts
 * record nothing. Throttle state is not part of export/import.
 */
export type ThrottleOutcome = 'pending' | 'failed' | 'succeeded' | 'released';

export interface ThrottleAttempt {
  id: string;
  at: string;
  outcome: ThrottleOutcome;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface LoginThrottleRepository {
  /**
   * Atomically: `decide` sees every attempt on `key` at or after `since`
   * (oldest first, in reservation order); when it allows, `attempt` is
   * recorded as pending before any other reservation on the same key
   * decides. `decide` must be pure: an adapter may call it more than once.
   */
  reserve(props: {
    key: string;
    since: string;
    attempt: { id: string; at: string };
    decide(recent: readonly ThrottleAttempt[]): ThrottleDecision;
  }): Promise<ThrottleDecision>;
  /** Records how a reserved attempt ended. */
  settle(key: string, id: string, outcome: Exclude<ThrottleOutcome, 'pending'>): Promise<void>;
  /** Turns every failed attempt of `key` into 'released' (a success clears its own key). */
  releaseFailures(key: string): Promise<void>;
  /** Remembers that `key` (an account and address) signed in successfully at `at`. */
  markTrusted(key: string, at: string): Promise<void>;
  /** Whether `key` signed in successfully at or after `since`. */
  isTrusted(key: string, since: string): Promise<boolean>;
  /** Deletes attempts older than `before` and trust older than `trustedBefore`. */
  prune(before: string, trustedBefore: string): Promise<void>;
}

/*
 * The event log (events/ explains the model). Append-only by construction:
 * this interface has no update or delete, and neither adapter has one.
 */

/** A stored event, as export/import moves it. */
export type WorkspaceEventRecord = WorkspaceEvent;

/** A chain head as exported: keyed by its workspace id like every other record. */
export interface EventHeadRecord extends EventChainHead {
  id: string;
}

export interface EventListQuery {
  /** Only events with seq below this (the previous page's last seq). */
  beforeSeq?: number;
  limit: number;
  /** Only events whose object has this id. */
  objectId?: string;
}

export interface EventLogRepository {
  /**
   * Appends one event at the end of its workspace's chain (next seq, prevHash,
   * hash) and moves the chain head, atomically where the adapter can.
   * Appends to one workspace are serialised, so the chain never forks.
   */
  append(draft: EventDraft): Promise<WorkspaceEvent>;
  /** Newest first. */
  listRecent(workspaceId: string, query: EventListQuery): Promise<WorkspaceEvent[]>;
  /** Ascending by seq: events with seq > afterSeq, at most `limit` (export, verification). */
  readChain(workspaceId: string, afterSeq: number, limit: number): Promise<WorkspaceEvent[]>;
  /** The stored head; null when the workspace has never had an event. */
  head(workspaceId: string): Promise<EventChainHead | null>;
  /** Every workspace with events or a head, sorted. */
  listChainWorkspaceIds(): Promise<string[]>;
}

/**
 * A change and its event as one write (services/recordChange.ts is the only
 * caller). `draft` is the event as intended, known before the change;
 * `change` runs the change's store calls; `outcome` turns their result into
 * the final payload, or null when nothing changed (no event then).
 *
 * SQLite: one transaction around both. `change` must consist of store calls
 * only (no other awaits), so it runs synchronously inside the transaction.
 * MongoDB (no transactions): an outbox. The draft is written first, then the
 * change, then the event, then the draft is removed; a draft left by a crash
 * becomes an event marked unconfirmed at the next start, so an applied change
 * never lacks its event (mongo/mongoEventLog.ts).
 */
export interface ChangeWithEvent {
  withEvent<T>(
    draft: EventDraft,
    change: () => Promise<T>,
    outcome: (result: T) => EventPayload | null,
  ): Promise<{ result: T; event: WorkspaceEvent | null }>;
}

/*
 * Export/import (server/src/cli/): a dump is every record of every domain
 * collection plus each document's merged update. Reading goes through
 * StoreTransfer; writing goes through the repositories' insert methods and
 * DocumentLogStore.append, so an import obeys the same rules as live use.
 * A new repository adds its collection here in both adapters.
 */
export interface TransferRecords extends MethodTransferRecords {
  users: UserRecord;
  sessions: SessionRecord;
  apiTokens: ApiTokenRecord;
  workspaces: WorkspaceRecord;
  organisations: OrganisationRecord;
  bodies: BodyRecord;
  memberships: MembershipRecord;
  documentRecords: DocumentRecord;
  invitations: InvitationRecord;
  accountTokens: AccountTokenRecord;
  events: WorkspaceEventRecord;
  eventHeads: EventHeadRecord;
  threads: ThreadRecord;
  comments: CommentRecord;
  notifications: NotificationRecord;
  notificationPreferences: NotificationPreferenceRecord;
  approvals: ApprovalRecord;
  decisions: DecisionRecord;
  decisionStatements: AdvisoryStatementRecord;
  versions: VersionTransferRecord;
  documentAuthors: DocumentAuthorRecord;
}

export type TransferCollection = keyof TransferRecords;

export interface StoreTransfer {
  /** Every record of one collection in insertion order, so an import re-creates list order. */
  readAll<C extends TransferCollection>(collection: C): Promise<TransferRecords[C][]>;
  /** Names of every document that has updates or a snapshot, sorted. */
  listDocumentNames(): Promise<string[]>;
  /** Deletes every record and document (import --force). Not atomic across collections. */
  clear(): Promise<void>;
}
