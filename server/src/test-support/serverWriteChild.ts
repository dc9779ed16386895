/**
 * Child process for the server-write crash test: a hub on a real SQLite
 * store (DATA_DIR) makes one server write into DOCUMENT_NAME, prints
 * `{"msg":"written","clientId":N}` and SIGKILLs itself in the same tick the
 * write resolved, so nothing after the promise (no flush, no shutdown) runs.
 * Run: node --conditions=samverka-source --import tsx <this file>.
 */
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { YjsHub } from '../realtime/yjs/yjsHub.js';
import { openSqliteStore } from '../store/sqlite/sqliteStore.js';

const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
const documentName = process.env.DOCUMENT_NAME ?? 'crash-write';
const store = openSqliteStore({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
const hub = new YjsHub({
  documents: store.documents,
  logger: createLogger('warn'),
  limits: config.realtime,
});
const result = await hub.applyServerChange(
  documentName,
  (doc) => doc.getText('body').insert(0, 'written by the server'),
  { userId: 'user-crash' },
);
process.stdout.write(`${JSON.stringify({ msg: 'written', clientId: result.clientId })}\n`);
process.kill(process.pid, 'SIGKILL');
