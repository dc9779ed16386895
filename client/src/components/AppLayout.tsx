/**
 * Page frame: skip link, banner with the language switch (and, when signed
 * in, the notification centre, the user and sign-out), and the main landmark every screen renders
 * into. Focus moves to <main> on navigation so keyboard and screen-reader
 * users start at the new content.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';

import { useLogout, useMe } from '../features/auth';
import { LanguageSwitch, useUserLanguage } from '../features/language';
import { PageErrorBoundary } from './PageErrorBoundary';

// Its own chunk: the sign-in screen's bundle stays small (lib/socket.ts fetches the socket client).
const NotificationCentre = lazy(() =>
  import('../features/notifications').then((module) => ({ default: module.NotificationCentre })),
);

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('layout.skipToContent')}
    </a>
  );
}

function Main({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, [location.pathname]);
  return (
    <main id="main" ref={ref} tabIndex={-1} className="main">
      {children}
    </main>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  if (!me.data) return null;
  return (
    <div className="user-menu">
      <Link className="user-menu__name" to="/me">
        {me.data.user.name}
        <span className="visually-hidden"> ({t('profile.open')})</span>
      </Link>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={logout.isPending}
        onClick={() =>
          logout.mutate(undefined, {
            onSettled: () => void navigate('/login', { replace: true, state: { signedOut: true } }),
          })
        }
      >
        {t('auth.logout.submit')}
      </button>
    </div>
  );
}

export function AppLayout({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const me = useMe({ enabled: signedIn });
  useUserLanguage(signedIn ? (me.data?.user.id ?? null) : null);
  return (
    <div className="app">
      <SkipLink />
      <header className="header">
        <div className="header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span>{t('layout.brand')}</span>
          </Link>
          {signedIn ? (
            <nav aria-label={t('layout.mainNavigation')} className="header__nav">
              <Link to="/">{t('layout.workspaces')}</Link>
            </nav>
          ) : null}
          <div className="header__tools">
            <LanguageSwitch userId={signedIn ? (me.data?.user.id ?? null) : null} />
            {signedIn && me.data ? (
              <Suspense fallback={null}>
                <NotificationCentre />
              </Suspense>
            ) : null}
            {signedIn ? <UserMenu /> : null}
          </div>
        </div>
      </header>
      <Main>
        <PageErrorBoundary>
          <Outlet />
        </PageErrorBoundary>
      </Main>
    </div>
  );
}
