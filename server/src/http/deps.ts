/** What the API routes need, built once by the composition root. */
import type { Authenticator } from '../auth/authenticator.js';
import type { LoginThrottle } from '../auth/loginThrottle.js';
import type { OriginPolicy } from '../auth/origins.js';
import type { ServiceContext } from '../services/context.js';
import type { LiveDocuments } from '../services/versions/restoreVersion.js';

export interface ApiDeps {
  ctx: ServiceContext;
  authenticator: Authenticator;
  loginThrottle: LoginThrottle;
  originPolicy: OriginPolicy;
  cookieSecure: 'auto' | 'true' | 'false';
  maxJsonBytes: number;
  /** The hub's live-document port (restoring versions writes through it). */
  liveDocuments: LiveDocuments;
}
