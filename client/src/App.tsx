// Routes and providers. The document editor is code-split: it loads on first visit.
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { lazy, Suspense } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';

import { AppLayout } from './components/AppLayout';
import { LiveAnnouncerProvider } from './components/LiveAnnouncer';
import { NotFoundPage } from './components/NotFoundPage';
import { LoadingState } from './components/StatusViews';
import {
  AcceptInvitationPage,
  ForgotPasswordPage,
  LoginPage,
  RequireAuth,
  ResetPasswordPage,
  VerifyEmailPage,
} from './features/auth';
import { WorkspaceSettingsPage } from './features/administration';
import { ProfilePage } from './features/profile';
import { AuditPage } from './features/activity';
import { WorkspaceHomePage, WorkspaceListPage } from './features/workspaces';

const DocumentPage = lazy(() =>
  import('./features/editor').then((module) => ({ default: module.DocumentPage })),
);

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
                <Route path="/invite" element={<AcceptInvitationPage />} />
                <Route path="/forgot-password" element={<ForgotPasswordPage />} />
                <Route path="/reset-password" element={<ResetPasswordPage />} />
                <Route path="/verify-email" element={<VerifyEmailPage />} />
              </Route>
              <Route
                element={
                  <RequireAuth>
                    <AppLayout signedIn />
                  </RequireAuth>
                }
              >
                <Route index element={<WorkspaceListPage />} />
                <Route path="/workspaces/:workspaceId" element={<WorkspaceHomePage />} />
                <Route
                  path="/workspaces/:workspaceId/settings"
                  element={<WorkspaceSettingsPage />}
                />
                <Route path="/me" element={<ProfilePage />} />
                <Route path="/workspaces/:workspaceId/audit" element={<AuditPage />} />
                <Route path="/documents/:documentId" element={<EditorRoute />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </LiveAnnouncerProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
