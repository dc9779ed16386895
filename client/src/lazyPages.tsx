/**
 * Pages that are not on every first screen, each loaded as its own chunk:
 * the workspace pages (with their dialogs), the document editor (Tiptap +
 * Yjs) and the invitation page (rare).
 * The sign-in page stays in the entry chunk: it is the first screen of anyone
 * signed out and must not wait for a second request.
 *
 * preloadPageFor() starts the chunk the current address needs as soon as the
 * entry script runs, so it downloads while React starts and /api/me answers
 * instead of after them. A page whose chunk has arrived renders directly, not
 * through React.lazy: lazy suspends at least once even for a loaded module,
 * and React holds a revealed Suspense boundary back for up to 300 ms
 * (measured: the workspace's API calls started ~340 ms after its chunk was in).
 */
import { lazy } from 'react';
import type { ComponentType } from 'react';

interface LazyPage {
  Page: ComponentType;
  preload: () => Promise<unknown>;
}

function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () => (loading ??= load().then((component) => (loaded = component)));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Page() {
    const Component = loaded ?? Lazy;
    return <Component />;
  }
  return { Page, preload };
}

const workspaceList = lazyPage(() =>
  import('./features/workspaces').then((module) => module.WorkspaceListPage),
);
const workspaceHome = lazyPage(() =>
  import('./features/workspaces').then((module) => module.WorkspaceHomePage),
);
const documentPage = lazyPage(() =>
  import('./features/editor').then((module) => module.DocumentPage),
);
const invitation = lazyPage(() =>
  import('./features/auth/components/AcceptInvitationPage').then(
    (module) => module.AcceptInvitationPage,
  ),
);

// Rarer screens: each its own chunk, fetched when opened.
const workspaceSettings = lazyPage(() =>
  import('./features/administration').then((module) => module.WorkspaceSettingsPage),
);
const profile = lazyPage(() => import('./features/profile').then((module) => module.ProfilePage));
const audit = lazyPage(() => import('./features/activity').then((module) => module.AuditPage));
const decisionsRegister = lazyPage(() =>
  import('./features/decisions').then((module) => module.DecisionsRegisterPage),
);
const decision = lazyPage(() =>
  import('./features/decisions').then((module) => module.DecisionPage),
);
const bodyMeetings = lazyPage(() =>
  import('./features/meetings').then((module) => module.BodyMeetingsPage),
);
const meeting = lazyPage(() => import('./features/meetings').then((module) => module.MeetingPage));
const meetingMode = lazyPage(() =>
  import('./features/meetings').then((module) => module.MeetingModePage),
);
const forgotPassword = lazyPage(() =>
  import('./features/auth/components/ForgotPasswordPage').then(
    (module) => module.ForgotPasswordPage,
  ),
);
const resetPassword = lazyPage(() =>
  import('./features/auth/components/ResetPasswordPage').then((module) => module.ResetPasswordPage),
);
const unsubscribe = lazyPage(() =>
  import('./features/notifications/components/UnsubscribePage').then(
    (module) => module.UnsubscribePage,
  ),
);
// The method pages (issue 15): charts and forms, one chunk, fetched when a method page opens.
const legalTest = lazyPage(() =>
  import('./features/method/methodPages').then((module) => module.LegalTestPage),
);
const principles = lazyPage(() =>
  import('./features/method/methodPages').then((module) => module.PrinciplesPage),
);
const procurements = lazyPage(() =>
  import('./features/method/methodPages').then((module) => module.ProcurementsPage),
);
const followUpDashboard = lazyPage(() =>
  import('./features/method/methodPages').then((module) => module.DashboardPage),
);
const verifyEmail = lazyPage(() =>
  import('./features/auth/components/VerifyEmailPage').then((module) => module.VerifyEmailPage),
);

export const LegalTestPage = legalTest.Page;
export const PrinciplesPage = principles.Page;
export const ProcurementsPage = procurements.Page;
export const FollowUpDashboardPage = followUpDashboard.Page;
export const WorkspaceSettingsPage = workspaceSettings.Page;
export const ProfilePage = profile.Page;
export const AuditPage = audit.Page;
export const DecisionsRegisterPage = decisionsRegister.Page;
export const DecisionPage = decision.Page;
export const BodyMeetingsPage = bodyMeetings.Page;
export const MeetingPage = meeting.Page;
export const MeetingModePage = meetingMode.Page;
export const ForgotPasswordPage = forgotPassword.Page;
export const ResetPasswordPage = resetPassword.Page;
export const VerifyEmailPage = verifyEmail.Page;
export const UnsubscribePage = unsubscribe.Page;
export const WorkspaceListPage = workspaceList.Page;
export const WorkspaceHomePage = workspaceHome.Page;
export const DocumentPage = documentPage.Page;
export const AcceptInvitationPage = invitation.Page;

export function preloadPageFor(pathname: string): void {
  const page = /^\/(workspaces\/[^/]+\/)?documents\//.test(pathname)
    ? documentPage
    : pathname.startsWith('/decisions/')
      ? decision
      : /^\/workspaces\/[^/]+\/decisions$/.test(pathname)
        ? decisionsRegister
        : pathname.startsWith('/meetings/')
          ? pathname.endsWith('/live')
            ? meetingMode
            : meeting
          : /^\/workspaces\/[^/]+\/bodies\/[^/]+\/meetings$/.test(pathname)
            ? bodyMeetings
            : pathname.startsWith('/workspaces/')
              ? workspaceHome
              : pathname === '/'
                ? workspaceList
                : pathname === '/invite'
                  ? invitation
                  : undefined;
  // A failed preload is not an error here: the page's own render meets the same failure.
  page?.preload().catch(() => undefined);
}
