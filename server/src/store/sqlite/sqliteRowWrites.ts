/**
 * Row writes shared by the SQLite domain repositories. Table and column
 * names always come from the repositories' code, never from input; values
 * are bound parameters.
 */
import type Database from 'better-sqlite3';
import type { GuardedDeleteResult } from '../port.js';

type SqlValue = string | number | null;

/**
 * Sets the columns whose value is defined (null writes NULL; undefined keeps
 * the column) on the row matching every `where` column, and returns the row
 * as it is afterwards, or undefined when no row matches.
 */
export function updateRow<Row>(
  db: Database.Database,
  table: string,
  changes: Record<string, SqlValue | undefined>,
  where: Record<string, string>,
): Row | undefined {
  const set = Object.entries(changes).filter(
    (entry): entry is [string, SqlValue] => entry[1] !== undefined,
  );
  const condition = Object.keys(where)
    .map((column) => `${column} = ?`)
    .join(' AND ');
  if (set.length === 0) {
    return db.prepare(`SELECT * FROM ${table} WHERE ${condition}`).get(...Object.values(where)) as
      Row | undefined;
  }
  const assignments = set.map(([column]) => `${column} = ?`).join(', ');
  return db
    .prepare(`UPDATE ${table} SET ${assignments} WHERE ${condition} RETURNING *`)
    .get(...set.map(([, value]) => value), ...Object.values(where)) as Row | undefined;
}

/**
 * Deletes one workspace-scoped row unless `referencesSql` (bound to
 * workspaceId, id, workspaceId, id) finds a record that still refers to it;
 * the check and the delete run in one transaction.
 */
export function deleteUnlessReferenced(
  db: Database.Database,
  props: { table: string; workspaceId: string; id: string; referencesSql: string },
): GuardedDeleteResult {
  const { table, workspaceId, id, referencesSql } = props;
  return db.transaction((): GuardedDeleteResult => {
    const exists = db
      .prepare(`SELECT 1 FROM ${table} WHERE id = ? AND workspace_id = ?`)
      .get(id, workspaceId);
    if (!exists) return 'not_found';
    if (db.prepare(referencesSql).get(workspaceId, id, workspaceId, id)) return 'in_use';
    db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
    return 'deleted';
  })();
}
