/**
 * `npm run import -- FILE [--force]`: loads a dump into the configured store.
 * Refuses when the target already holds data; --force DELETES everything in
 * the target first. Stop the server while importing.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCommand, UsageError } from './runCommand.js';
import { importStore, parseDump } from './transferStore.js';

await runCommand('import', async ({ store, say }) => {
  const { values, positionals } = parseArgs({
    options: { force: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new UsageError('usage: npm run import -- FILE [--force]');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const dump = parseDump(json);
  if (values.force) say('--force: everything already in the target store will be deleted');
  const summary = await importStore({ store, dump, force: values.force });
  const counts = Object.entries(summary.records).map(([c, n]) => `${c}=${n}`);
  say(
    `imported ${file} (dump of ${dump.source}, ${dump.createdAt}): ${counts.join(' ')} documents=${summary.documents}`,
  );
});
