/**
 * True once the Yjs door has said this page's editor is older than the
 * server's schema (close code outdatedClient). The provider is then stopped:
 * reconnecting would only be refused again, and the page must be reloaded to
 * get the new editor before it may write (an older editor would strip
 * attributes it does not know).
 */
import { CloseCode } from '@samverka/shared';
import { useEffect, useState } from 'react';

import type { CollabSession } from '../../../lib/collab/createCollabSession';

export function useOutdatedClient(session: CollabSession | null): boolean {
  const [outdated, setOutdated] = useState(false);
  useEffect(() => {
    if (!session) return;
    const { provider } = session;
    const markOutdated = () => {
      provider.disconnect();
      setOutdated(true);
    };
    // The refusal may have arrived before this effect subscribed.
    if (session.lastCloseCode() === CloseCode.outdatedClient) markOutdated();
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.outdatedClient) markOutdated();
    };
    provider.on('connection-close', onClose);
    return () => provider.off('connection-close', onClose);
  }, [session]);
  return outdated;
}
