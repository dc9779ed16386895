/**
 * The schema version check at the Yjs door (docs/ARCHITECTURE.md, "The
 * schema version check"). A browser editor sends EDITOR_SCHEMA_VERSION as
 * the `schema` query parameter; one built for an older schema must not edit,
 * because y-prosemirror removes node attributes its schema does not know
 * whenever it rewrites a node (a heading's sectionId, say).
 *
 *   version >= the server's          → current (a newer tab during a rolling
 *                                       deploy: the hub does not interpret
 *                                       content, so it strips nothing)
 *   version <  the server's          → outdated
 *   no version, session cookie       → outdated: every browser editor since
 *                                       the check existed sends one, so this
 *                                       is a tab loaded before it
 *   no version, API token            → current: scripts, integrations, tests
 *                                       and the benchmark speak raw Yjs with
 *                                       no ProseMirror binding to strip with
 *   anything else in the parameter   → 400 before the upgrade
 * An outdated client is upgraded and closed at once with outdatedClient
 * (4426), before the hub sees it: the browser learns why (a refused upgrade
 * is opaque to it) and the stock provider stops reconnecting.
 */
import { EDITOR_SCHEMA_VERSION, SCHEMA_VERSION_PARAM } from '@samverka/shared';
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { Credential } from '../auth/principal.js';

export type SchemaVerdict = 'current' | 'outdated';

const versionParam = z
  .string()
  .regex(/^\d{1,6}$/)
  .transform(Number);

export function checkSchemaVersion(
  req: IncomingMessage,
  credential: Credential['kind'],
): SchemaVerdict {
  const values = new URL(req.url ?? '/', 'http://localhost').searchParams.getAll(
    SCHEMA_VERSION_PARAM,
  );
  if (values.length === 0) return credential === 'session' ? 'outdated' : 'current';
  const parsed = values.length === 1 ? versionParam.safeParse(values[0]) : null;
  if (!parsed?.success) {
    throw new AppError(400, 'invalid_schema_version', 'schema must be one whole number');
  }
  return parsed.data >= EDITOR_SCHEMA_VERSION ? 'current' : 'outdated';
}
