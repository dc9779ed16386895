/**
 * Schema of the domain tables (accounts, workspaces, members, document
 * metadata, invitations): version 2 in the numbered list of migrations.ts.
 *
 * Lists of ids (a member's bodies) are JSON arrays in TEXT columns; queries
 * over them use json_each. Booleans are 0/1 integers.
 */
export const domainTables = `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT,
    is_site_admin INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE INDEX sessions_by_user ON sessions (user_id);
  CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_used_at TEXT
  );
  CREATE INDEX api_tokens_by_user ON api_tokens (user_id);
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    status TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    organisation_number TEXT,
    colour TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX organisations_by_workspace ON organisations (workspace_id);
  CREATE TABLE bodies (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    authority TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX bodies_by_workspace ON bodies (workspace_id);
  CREATE TABLE memberships (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    body_ids TEXT NOT NULL,
    role TEXT NOT NULL,
    speaks_for_organisation INTEGER NOT NULL,
    mandate_reference TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (workspace_id, user_id)
  );
  CREATE INDEX memberships_by_user ON memberships (user_id);
  CREATE TABLE document_records (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    title TEXT NOT NULL,
    template TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX document_records_by_workspace ON document_records (workspace_id);
  CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    email TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    body_ids TEXT NOT NULL,
    role TEXT NOT NULL,
    speaks_for_organisation INTEGER NOT NULL,
    status TEXT NOT NULL,
    invited_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    accepted_at TEXT,
    token_hash TEXT NOT NULL UNIQUE
  );
  CREATE INDEX invitations_by_workspace ON invitations (workspace_id);
  `;
