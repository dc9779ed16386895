/** What the API routes need, built once by the composition root. */
import type { Authenticator } from '../auth/authenticator.js';
import type { LoginRateLimiter } from '../auth/loginRateLimiter.js';
import type { OriginPolicy } from '../auth/origins.js';
import type { ServiceContext } from '../services/context.js';

export interface ApiDeps {
  ctx: ServiceContext;
  authenticator: Authenticator;
  loginLimiter: LoginRateLimiter;
  originPolicy: OriginPolicy;
  cookieSecure: 'auto' | 'true' | 'false';
  maxJsonBytes: number;
}
