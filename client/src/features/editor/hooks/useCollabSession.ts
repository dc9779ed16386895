// Opens a collaboration session for one document while the component is mounted.
import { useEffect, useState, useSyncExternalStore } from 'react';

import { createCollabSession } from '../../../lib/collab/createCollabSession';
import type { CollabSession } from '../../../lib/collab/createCollabSession';
import type { SyncStatus } from '../../../lib/collab/syncStatus';

export function useCollabSession(
  documentId: string,
  userId: string,
  readOnly: boolean,
): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  useEffect(() => {
    const created = createCollabSession({ documentId, userId, readOnly });
    // The session is an external resource (sockets, IndexedDB) that must be
    // created after mount and destroyed on unmount, so it cannot be derived.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [documentId, userId, readOnly]);
  return session;
}

const noop = () => () => undefined;

export function useSyncStatus(session: CollabSession | null): SyncStatus {
  return useSyncExternalStore(session ? session.subscribeStatus : noop, () =>
    session ? session.getStatus() : 'connecting',
  );
}
