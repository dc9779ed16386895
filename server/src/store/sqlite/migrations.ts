/**
 * The SQLite schema as a numbered list of migrations. Entry i is version i+1;
 * `schema_version` records the highest version applied. Each pending entry
 * runs once, in order, in its own transaction, so a crash mid-upgrade leaves
 * the database at the previous version. Append new entries; never edit one
 * that has shipped.
 */
import type Database from 'better-sqlite3';
import { domainTables } from './domainMigrations.js';

/** Version 1: the Yjs document log (see store/port.ts for its model). */
const documentLog = `
  CREATE TABLE document_heads (
    document_name TEXT PRIMARY KEY,
    last_seq INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE document_updates (
    document_name TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (document_name, seq)
  );
  CREATE TABLE document_snapshots (
    document_name TEXT PRIMARY KEY,
    covers_seq INTEGER NOT NULL,
    data BLOB NOT NULL
  );
`;

/**
 * Version 3: whether an account's address is verified, and the single-use
 * secrets mailed to prove an address or reset a password.
 */
const accountVerification = `
  ALTER TABLE users ADD COLUMN email_verified_at TEXT;
  CREATE TABLE account_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('email_verification', 'password_reset')),
    email TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
  );
  CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose, created_at);
`;

/** Version 4: login throttling (sqliteLoginThrottleRepository.ts), API token expiry, write probe. */
const loginThrottle = `
  CREATE TABLE login_attempts (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    at TEXT NOT NULL,
    outcome TEXT NOT NULL
  );
  CREATE INDEX login_attempts_by_key ON login_attempts (key, at);
  CREATE INDEX login_attempts_by_at ON login_attempts (at);
  CREATE TABLE login_trusted (
    key TEXT PRIMARY KEY,
    at TEXT NOT NULL
  ) WITHOUT ROWID;
  ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
  CREATE TABLE readiness_probe (id INTEGER PRIMARY KEY, pad BLOB NOT NULL);
`;

/** Version 5: a document's status (utkast, på remiss, fastställd); existing ones are drafts. */
const documentStatus = `
  ALTER TABLE document_records ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'consultation', 'adopted'));
`;

/**
 * Version 6: the event log. Each row keeps the event as stored JSON (what the
 * hash covers) plus the columns it is looked up by; heads live apart so a
 * truncated log shows.
 */
const eventLog = `
  CREATE TABLE workspace_events (
    workspace_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL UNIQUE,
    object_id TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (workspace_id, seq)
  );
  CREATE INDEX workspace_events_by_object ON workspace_events (workspace_id, object_id, seq);
  CREATE TABLE workspace_event_heads (
    workspace_id TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    last_hash TEXT NOT NULL
  );
`;

/**
 * Version 7: comment threads and comments (issue 11). Each row keeps the
 * record as JSON plus the columns it is looked up by.
 */
const commentThreads = `
  CREATE TABLE comment_threads (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE INDEX comment_threads_by_document ON comment_threads (document_id);
  CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL,
    document_id TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE INDEX comments_by_thread ON comments (thread_id);
  CREATE INDEX comments_by_document ON comments (document_id);
`;

/** Version 8: notifications and each person's mail preference (issue 11). */
const notifications = `
  CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    read_at TEXT,
    mail_pending INTEGER NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (user_id, event_id)
  );
  CREATE INDEX notifications_by_user ON notifications (user_id, read_at);
  CREATE INDEX notifications_mail_pending ON notifications (mail_pending);
  CREATE TABLE notification_preferences (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL
  );
`;

/**
 * Version 9: approvals bound to a content hash (decision positions, version
 * sign-offs, minutes approvals; append-only), decisions and advisory
 * statements (issue 12). Rows keep the record as JSON plus lookup columns.
 */
const decisionsAndApprovals = `
  CREATE TABLE approvals (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE INDEX approvals_by_subject ON approvals (subject_kind, subject_id, recorded_at);
  CREATE INDEX approvals_by_workspace ON approvals (workspace_id, recorded_at);
  CREATE TABLE decisions (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    document_id TEXT,
    body TEXT NOT NULL
  );
  CREATE INDEX decisions_by_workspace ON decisions (workspace_id);
  CREATE INDEX decisions_by_document ON decisions (document_id);
  CREATE TABLE decision_statements (
    id TEXT PRIMARY KEY,
    decision_id TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE INDEX decision_statements_by_decision ON decision_statements (decision_id);
`;

/**
 * Version 10: versions of documents with their full Yjs state, and who each
 * Yjs client id of a document belongs to (issue 13). Neither is touched by
 * compaction.
 */
const versions = `
  CREATE TABLE versions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    body TEXT NOT NULL,
    state BLOB NOT NULL
  );
  CREATE INDEX versions_by_document ON versions (document_id);
  CREATE TABLE document_authors (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE INDEX document_authors_by_document ON document_authors (document_id);
`;

/**
 * Version 11: a document's language (its template headings and guiding
 * questions follow it; older documents were written with Swedish headings)
 * and who made its last change (unknown for older documents).
 */
const documentLanguage = `
  ALTER TABLE document_records ADD COLUMN language TEXT NOT NULL DEFAULT 'sv'
    CHECK (language IN ('sv', 'en'));
  ALTER TABLE document_records ADD COLUMN last_edited_by TEXT;
`;

/**
 * Version 12: meetings of a body, their agenda items and attendance lists
 * (issue 14). Rows hold the record as JSON plus the columns it is looked up by.
 */
const meetings = `
  CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    body_id TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    minutes_document_id TEXT,
    body TEXT NOT NULL
  );
  CREATE INDEX meetings_by_body ON meetings (body_id, starts_at);
  CREATE INDEX meetings_by_minutes_document ON meetings (minutes_document_id);
  CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    body TEXT NOT NULL
  );
  CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);
  CREATE TABLE meeting_attendance (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL
  );
`;

/**
 * Version 13: the method (issue 15): process steps, IOP legal-test
 * assessments, six-principles assessments, procurements and their follow-up
 * entries (parent_id: the procurement). Records are JSON in `body`.
 */
const method = `
  CREATE TABLE process_steps (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    parent_id TEXT,
    body TEXT NOT NULL
  );
  CREATE INDEX process_steps_by_workspace ON process_steps (workspace_id);
  CREATE TABLE legal_test_entries (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    parent_id TEXT,
    body TEXT NOT NULL
  );
  CREATE INDEX legal_test_entries_by_workspace ON legal_test_entries (workspace_id);
  CREATE TABLE principle_assessments (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    parent_id TEXT,
    body TEXT NOT NULL
  );
  CREATE INDEX principle_assessments_by_workspace ON principle_assessments (workspace_id);
  CREATE TABLE procurements (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    parent_id TEXT,
    body TEXT NOT NULL
  );
  CREATE INDEX procurements_by_workspace ON procurements (workspace_id);
  CREATE TABLE follow_up_entries (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    parent_id TEXT,
    body TEXT NOT NULL
  );
  CREATE INDEX follow_up_entries_by_workspace ON follow_up_entries (workspace_id);
  CREATE INDEX follow_up_entries_by_procurement ON follow_up_entries (parent_id);
`;

/** Version 14 (issue 15): a workspace's method settings (the goal for social requirements), one row each. */
const methodSettings = `
  CREATE TABLE method_settings (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    parent_id TEXT,
    body TEXT NOT NULL
  );
`;

/** Every migration in order: version N is entry N (version 2, domainTables: accounts, workspaces, members, document metadata, invitations). */
export const migrations: readonly string[] = [
  documentLog,
  domainTables,
  accountVerification,
  loginThrottle,
  documentStatus,
  eventLog,
  commentThreads,
  notifications,
  decisionsAndApprovals,
  versions,
  documentLanguage,
  meetings,
  method,
  methodSettings,
];

/** Brings `db` up to the latest version; returns the version it ends at. */
export function runMigrations(db: Database.Database, list: readonly string[] = migrations): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as
    { version: number | null } | undefined;
  const current = row?.version ?? 0;
  if (current > list.length) {
    throw new Error(
      `database schema version ${current} is newer than this server (${list.length}); upgrade the server`,
    );
  }
  const record = db.prepare('INSERT INTO schema_version (version) VALUES (?)');
  for (let version = current + 1; version <= list.length; version++) {
    const sql = list[version - 1]!;
    db.transaction(() => {
      db.exec(sql);
      record.run(version);
    })();
  }
  return list.length;
}
