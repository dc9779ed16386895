/**
 * Pages that are not on every first screen, each loaded as its own chunk:
 * the workspace pages (with their dialogs and the socket.io client), the
 * document editor (Tiptap + Yjs) and the invitation page (rare, and the only
 * signed-out screen that needs the shared zod schemas, through roleLabels).
 * The sign-in page stays in the entry chunk:
 * it is the first screen of anyone signed out and must not wait for a second
 * request.
 *
 * preloadPageFor() starts the chunk the current address needs as soon as the
 * entry script runs, so it downloads while React starts and /api/me answers
 * instead of after them (the lazy components then find it already loaded:
 * a module is fetched once however often it is imported).
 */
import { lazy } from 'react';

const loadWorkspacePages = () => import('./features/workspaces');
const loadEditor = () => import('./features/editor');
const loadInvitationPage = () => import('./features/auth/components/AcceptInvitationPage');

export const WorkspaceListPage = lazy(() =>
  loadWorkspacePages().then((module) => ({ default: module.WorkspaceListPage })),
);
export const WorkspaceHomePage = lazy(() =>
  loadWorkspacePages().then((module) => ({ default: module.WorkspaceHomePage })),
);
export const DocumentPage = lazy(() =>
  loadEditor().then((module) => ({ default: module.DocumentPage })),
);

export const AcceptInvitationPage = lazy(() =>
  loadInvitationPage().then((module) => ({ default: module.AcceptInvitationPage })),
);

export function preloadPageFor(pathname: string): void {
  const load = pathname.startsWith('/documents/')
    ? loadEditor
    : pathname === '/' || pathname.startsWith('/workspaces/')
      ? loadWorkspacePages
      : pathname === '/invite'
        ? loadInvitationPage
        : undefined;
  // A failed preload is not an error: the page's own import retries and reports it.
  load?.().catch(() => undefined);
}
