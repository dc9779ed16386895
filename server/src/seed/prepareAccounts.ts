/**
 * Start-up work on accounts, run by the composition root before listening:
 * bootstrap the site administrator from ADMIN_EMAIL/ADMIN_PASSWORD, and seed
 * the demo into an empty store unless SEED_DEMO=false. Returns the lines to
 * print for the demo logins (printed, never logged): after seeding, and again
 * on every later start with SEED_DEMO on while the demo accounts exist, so a
 * restarted demo still says how to sign in.
 */
import type { Config } from '../config.js';
import type { ServiceContext } from '../services/context.js';
import { ensureSiteAdmin } from '../services/ensureSiteAdmin.js';
import { DEMO_PASSWORD, demoOrganisations, demoPeople } from './demoData.js';
import { seedDemo } from './seedDemo.js';
import type { DemoLogin } from './seedDemo.js';

function loginLines(logins: readonly DemoLogin[]): string[] {
  return logins.map(
    (login) =>
      `  ${login.email.padEnd(46)} ${login.role.padEnd(10)} ${login.name}, ${login.organisation}`,
  );
}

/** The demo people whose accounts are still in the store. */
async function remainingDemoLogins(ctx: ServiceContext): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  for (const person of demoPeople) {
    if ((await ctx.store.users.findByEmail(person.email)) === null) continue;
    logins.push({
      email: person.email,
      name: person.name,
      organisation: demoOrganisations[person.organisation].name,
      role: person.role,
    });
  }
  return logins;
}

export async function prepareAccounts(props: {
  ctx: ServiceContext;
  config: Config;
}): Promise<{ announcement: string[] }> {
  const { ctx, config } = props;
  const empty = (await ctx.store.users.count()) === 0;
  if (config.admin) {
    await ensureSiteAdmin({ ctx, email: config.admin.email, password: config.admin.password });
  }
  if (!config.seedDemo) return { announcement: [] };
  if (empty) {
    const demo = await seedDemo({ ctx });
    ctx.logger.info('seeded demo workspace', { workspaceId: demo.workspaceId });
    return {
      announcement: [
        'Demo workspace seeded (SEED_DEMO=false turns this off). Demo logins, password for all: ' +
          demo.password,
        ...loginLines(demo.logins),
      ],
    };
  }
  const remaining = await remainingDemoLogins(ctx);
  if (remaining.length === 0) return { announcement: [] };
  return {
    announcement: [
      'Demo workspace from an earlier start (SEED_DEMO=false hides this). Demo logins, ' +
        `password for all unless changed since: ${DEMO_PASSWORD}`,
      ...loginLines(remaining),
    ],
  };
}
