// Routes and providers. The workspace pages and the document editor are code-split
// (lazyPages.ts): they load on first visit, the sign-in page comes with the entry.
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';

import { AppLayout } from './components/AppLayout';
import { LiveAnnouncerProvider } from './components/LiveAnnouncer';
import { NotFoundPage } from './components/NotFoundPage';
import { LoadingState } from './components/StatusViews';
import { LoginPage, RequireAuth } from './features/auth';
import {
  AcceptInvitationPage,
  AuditPage,
  DecisionPage,
  DecisionsRegisterPage,
  BodyMeetingsPage,
  DocumentPage,
  ForgotPasswordPage,
  LegalTestPage,
  MeetingModePage,
  PrinciplesPage,
  ProcurementsPage,
  FollowUpDashboardPage,
  MeetingPage,
  ProfilePage,
  ResetPasswordPage,
  UnsubscribePage,
  VerifyEmailPage,
  WorkspaceHomePage,
  WorkspaceListPage,
  WorkspaceSettingsPage,
} from './lazyPages';

function PageRoute({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

function EditorRoute() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<LoadingState label={t('editor.loading')} />}>
      <DocumentPage />
    </Suspense>
  );
}

export function App({ queryClient, i18n }: { queryClient: QueryClient; i18n: I18n }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <LiveAnnouncerProvider>
          <BrowserRouter>
            <Routes>
              <Route element={<AppLayout signedIn={false} />}>
                <Route path="/login" element={<LoginPage />} />
                <Route
                  path="/invite"
                  element={
                    <PageRoute>
                      <AcceptInvitationPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/forgot-password"
                  element={
                    <PageRoute>
                      <ForgotPasswordPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/reset-password"
                  element={
                    <PageRoute>
                      <ResetPasswordPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/notifications/unsubscribe"
                  element={
                    <PageRoute>
                      <UnsubscribePage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/verify-email"
                  element={
                    <PageRoute>
                      <VerifyEmailPage />
                    </PageRoute>
                  }
                />
              </Route>
              <Route
                element={
                  <RequireAuth>
                    <AppLayout signedIn />
                  </RequireAuth>
                }
              >
                <Route
                  index
                  element={
                    <PageRoute>
                      <WorkspaceListPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/workspaces/:workspaceId"
                  element={
                    <PageRoute>
                      <WorkspaceHomePage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/workspaces/:workspaceId/settings"
                  element={
                    <PageRoute>
                      <WorkspaceSettingsPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/me"
                  element={
                    <PageRoute>
                      <ProfilePage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/workspaces/:workspaceId/audit"
                  element={
                    <PageRoute>
                      <AuditPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/workspaces/:workspaceId/legal-test"
                  element={
                    <PageRoute>
                      <LegalTestPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/workspaces/:workspaceId/principles"
                  element={
                    <PageRoute>
                      <PrinciplesPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/workspaces/:workspaceId/procurements"
                  element={
                    <PageRoute>
                      <ProcurementsPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/workspaces/:workspaceId/follow-up"
                  element={
                    <PageRoute>
                      <FollowUpDashboardPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/workspaces/:workspaceId/decisions"
                  element={
                    <PageRoute>
                      <DecisionsRegisterPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/workspaces/:workspaceId/bodies/:bodyId/meetings"
                  element={
                    <PageRoute>
                      <BodyMeetingsPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/decisions/:decisionId"
                  element={
                    <PageRoute>
                      <DecisionPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/meetings/:meetingId"
                  element={
                    <PageRoute>
                      <MeetingPage />
                    </PageRoute>
                  }
                />
                <Route
                  path="/meetings/:meetingId/live"
                  element={
                    <PageRoute>
                      <MeetingModePage />
                    </PageRoute>
                  }
                />
                <Route path="/documents/:documentId" element={<EditorRoute />} />
                {/* The address notification mails link to (with ?thread=<id>). */}
                <Route
                  path="/workspaces/:workspaceId/documents/:documentId"
                  element={<EditorRoute />}
                />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </LiveAnnouncerProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
