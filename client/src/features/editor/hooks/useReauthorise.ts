/**
 * The socket's answers to "may I still be here?". A role change closes it
 * with PERMISSION_CHANGED; an expired session or a removed membership makes
 * the upgrade fail (the socket closes without ever opening). Either way the
 * REST view of who I am and what I may do is re-read: RequireAuth then sends
 * an expired session to sign-in (offline edits wait in IndexedDB under this
 * user's name), a lost membership shows the 403 screen, a new role re-opens
 * the editor with the right access.
 */
import { CloseCode } from '@samverka/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import type { CollabSession } from '../../../lib/collab/createCollabSession';
import { queryKeys } from '../../../lib/queryKeys';

/** Refused attempts in a row (while the browser is online) before re-checking. */
const REFUSALS_BEFORE_RECHECK = 2;

export function useReauthorise(
  session: CollabSession | null,
  documentId: string,
  workspaceId: string,
): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!session) return;
    const { provider } = session;
    let refusals = 0;
    const recheck = () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      void queryClient.invalidateQueries({ queryKey: queryKeys.document(documentId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspaceId) });
    };
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.permissionChanged) return recheck();
      // 'connection-close' fires before the provider resets wsconnected.
      if (event && !provider.wsconnected && navigator.onLine) {
        refusals++;
        if (refusals === REFUSALS_BEFORE_RECHECK) recheck();
      }
    };
    const onStatus = ({ status }: { status: string }) => {
      if (status === 'connected') refusals = 0;
    };
    provider.on('connection-close', onClose);
    provider.on('status', onStatus);
    return () => {
      provider.off('connection-close', onClose);
      provider.off('status', onStatus);
    };
  }, [session, queryClient, documentId, workspaceId]);
}
