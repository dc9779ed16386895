/**
 * `npm run audit:verify`: checks every workspace's event chain in the
 * configured store (MONGODB_URL or DATA_DIR) against itself and its stored
 * head. Prints one line per chain; for a broken one, the first broken link
 * and why. Exits 1 when any chain fails.
 */
import { checkAllChains } from '../events/checkChains.js';
import { runCommand } from './runCommand.js';

await runCommand('audit:verify', async ({ store, say }) => {
  const checks = await checkAllChains(store.events);
  let broken = 0;
  for (const check of checks) {
    if (check.valid) {
      say(`ok      ${check.workspaceId}: ${check.eventCount} events`);
    } else {
      broken++;
      const link = check.firstBroken!;
      say(`BROKEN  ${check.workspaceId}: first broken link at seq ${link.seq}: ${link.reason}`);
    }
  }
  say(`${checks.length} chains checked, ${broken} broken`);
  if (broken > 0) process.exitCode = 1;
});
