/**
 * Start-up bootstrap: when ADMIN_EMAIL/ADMIN_PASSWORD are set and no such user
 * exists, create it as a site administrator. An existing user is left alone
 * (its password is never overwritten from the environment).
 */
import type { ServiceContext } from './context.js';

export async function ensureSiteAdmin(props: {
  ctx: ServiceContext;
  email: string;
  password: string;
}): Promise<'created' | 'exists'> {
  const { ctx } = props;
  const email = props.email.toLowerCase();
  if (await ctx.store.users.findByEmail(email)) return 'exists';
  const result = await ctx.store.users.insert({
    id: ctx.newId(),
    email,
    name: 'Administratör',
    passwordHash: await ctx.passwords.hash(props.password),
    isSiteAdmin: true,
    // The operator configured this address (ADMIN_EMAIL): it needs no link to prove it.
    emailVerifiedAt: ctx.now().toISOString(),
    createdAt: ctx.now().toISOString(),
  });
  if (result === 'created') ctx.logger.info('created site administrator', { email });
  return result === 'created' ? 'created' : 'exists';
}
