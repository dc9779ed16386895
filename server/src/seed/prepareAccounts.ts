/**
 * Start-up work on accounts, run by the composition root before listening:
 * bootstrap the site administrator from ADMIN_EMAIL/ADMIN_PASSWORD, and seed
 * the demo into an empty store unless SEED_DEMO=false. Returns the lines to
 * print for the demo logins (printed, never logged).
 */
import type { Config } from '../config.js';
import type { ServiceContext } from '../services/context.js';
import { ensureSiteAdmin } from '../services/ensureSiteAdmin.js';
import { seedDemo } from './seedDemo.js';

export async function prepareAccounts(props: {
  ctx: ServiceContext;
  config: Config;
}): Promise<{ announcement: string[] }> {
  const { ctx, config } = props;
  const empty = (await ctx.store.users.count()) === 0;
  if (config.admin) {
    await ensureSiteAdmin({ ctx, email: config.admin.email, password: config.admin.password });
  }
  if (!config.seedDemo || !empty) return { announcement: [] };
  const demo = await seedDemo({ ctx });
  ctx.logger.info('seeded demo workspace', { workspaceId: demo.workspaceId });
  return {
    announcement: [
      'Demo workspace seeded (SEED_DEMO=false turns this off). Demo logins, password for all: ' +
        demo.password,
      ...demo.logins.map(
        (login) =>
          `  ${login.email.padEnd(46)} ${login.role.padEnd(10)} ${login.name}, ${login.organisation}`,
      ),
    ],
  };
}
