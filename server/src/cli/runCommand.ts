/**
 * Shared frame of the export/import commands: load config, open the
 * configured store, run, close, and turn failures into one clear line on
 * stderr and a non-zero exit code.
 */
import { loadConfig } from '../config.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { describeStore, openConfiguredStore } from '../store/openConfiguredStore.js';
import type { Store } from '../store/port.js';

export class UsageError extends Error {}

export async function runCommand(
  name: string,
  body: (props: { store: Store; config: Config; say: (line: string) => void }) => Promise<void>,
): Promise<void> {
  const say = (line: string) => process.stderr.write(`${name}: ${line}\n`);
  let store: Store | undefined;
  try {
    const config = loadConfig();
    say(`store: ${describeStore(config)}`);
    store = await openConfiguredStore(config);
    await body({ store, config, say });
  } catch (error) {
    process.exitCode = error instanceof UsageError ? 2 : 1;
    if (error instanceof AppError) {
      say(`${error.message} (${error.code})`);
      const issues = (error.details as { issues?: string[] } | undefined)?.issues;
      for (const issue of issues ?? []) say(`  - ${issue}`);
    } else {
      say(error instanceof Error ? error.message : String(error));
    }
  } finally {
    await store?.close();
  }
}
