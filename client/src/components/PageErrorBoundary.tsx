/**
 * Catches what a page throws while rendering, so that one broken screen shows
 * an error with a way forward inside the app's frame (banner, navigation)
 * instead of React unmounting everything into a blank page.
 *
 * The common cause in the field is not a bug but an upgrade: a tab opened
 * before a new version was deployed asks for a page chunk whose hashed file
 * no longer exists, and the lazy import rejects. That case says so and offers
 * a reload; anything else is the generic error with a reload and the way
 * home. Moving to another address clears the error, so the banner's links
 * work as usual. Nothing is sent anywhere: the error goes to the console.
 */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** Chromium, Firefox and Safari's messages for a module script that could not be fetched. */
const CHUNK_LOAD_FAILURE =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isChunkLoadFailure(error: unknown): boolean {
  return error instanceof Error && CHUNK_LOAD_FAILURE.test(error.message);
}

function PageFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const outdated = isChunkLoadFailure(error);
  return (
    <div className="state state--error" role="alert" data-testid="page-failed">
      <h1 className="state__title">
        {outdated ? t('errors.outdated.title') : t('errors.crashed.title')}
      </h1>
      <p className="state__body">
        {outdated ? t('errors.outdated.advice') : t('errors.crashed.advice')}
      </p>
      <div className="state__action">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
        <Link className="button button--secondary" to="/">
          {t('common.backToWorkspaces')}
        </Link>
      </div>
    </div>
  );
}

interface BoundaryProps {
  /** The error is cleared when this changes (the address). */
  resetKey: string;
  children: ReactNode;
}

interface BoundaryState {
  failure: { error: unknown } | null;
  failedAt: string | null;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failure: null, failedAt: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failure: { error } };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    // A failure belongs to the address it happened at; a new address renders afresh.
    if (state.failedAt !== null && state.failedAt !== props.resetKey) {
      return { failure: null, failedAt: null };
    }
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.setState({ failedAt: this.props.resetKey });
    console.error('Samverka: a page failed to render', error, info.componentStack);
  }

  override render() {
    const { failure } = this.state;
    return failure ? <PageFailed error={failure.error} /> : this.props.children;
  }
}

export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <Boundary resetKey={location.pathname}>{children}</Boundary>;
}
