/** Who is calling, and with which credential (so logout and revocation can target it). */
import type { UserRecord } from '../store/port.js';

export type Credential =
  | { kind: 'session'; sessionId: string; tokenHash: string; expiresAt: string }
  | { kind: 'token'; tokenId: string; tokenHash: string; expiresAt: string | null };

export interface Principal {
  user: UserRecord;
  credential: Credential;
}
