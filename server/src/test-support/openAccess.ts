/**
 * An authorizer that lets every connection edit, with no identity: for hub
 * tests about the realtime protocol itself, independent of accounts. Tests
 * of access rules use the real authorizer (the default of createServer).
 */
import type { AuthorizeDocumentConnection } from '../realtime/yjs/types.js';

export const grantEditToEveryone: AuthorizeDocumentConnection = async () => ({ access: 'edit' });
