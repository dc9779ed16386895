// The centred card every signed-out screen uses: a heading, an optional lead and its content.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function AuthCard({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="auth-card">
      <h1>{title}</h1>
      {lead ? <p className="auth-card__lead">{lead}</p> : null}
      {children}
    </div>
  );
}

/** A card that can only say what went wrong and lead to the sign-in page. */
export function AuthProblemCard({ title, problem }: { title: string; problem: string }) {
  const { t } = useTranslation();
  return (
    <AuthCard title={title}>
      <p className="notice notice--error" role="alert">
        {problem}
      </p>
      <Link to="/login">{t('auth.invite.toLogin')}</Link>
    </AuthCard>
  );
}
