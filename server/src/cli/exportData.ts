/**
 * `npm run export -- --out FILE`: writes a full dump of the configured store
 * (MONGODB_URL or DATA_DIR, as the server would open it) to FILE. Stop the
 * server first so the dump is one consistent moment.
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand, UsageError } from './runCommand.js';
import { exportStore } from './transferStore.js';

await runCommand('export', async ({ store, say }) => {
  const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
  if (!values.out) throw new UsageError('usage: npm run export -- --out FILE');
  const out = path.resolve(values.out);
  const dump = await exportStore({ store });
  // Write beside the target and rename, so a failed export never leaves half a file.
  const partial = `${out}.partial`;
  await writeFile(partial, JSON.stringify(dump), { mode: 0o600 });
  await rename(partial, out);
  const counts = Object.entries(dump.collections).map(([c, rows]) => `${c}=${rows.length}`);
  say(`wrote ${out}: ${counts.join(' ')} documents=${dump.documents.length}`);
});
