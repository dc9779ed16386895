// Links from the workspace home to the method pages its kind uses: the legal test and the
// six principles for an IOP, the register and the follow-up dashboard for social procurement.
import type { WorkspaceKind } from '@samverka/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function MethodLinks({ workspaceId, kind }: { workspaceId: string; kind: WorkspaceKind }) {
  const { t } = useTranslation();
  const base = `/workspaces/${workspaceId}`;
  const links =
    kind === 'iop'
      ? [
          { to: `${base}/legal-test`, label: t('method.nav.legalTest') },
          { to: `${base}/principles`, label: t('method.nav.principles') },
        ]
      : kind === 'social_procurement'
        ? [
            { to: `${base}/follow-up`, label: t('method.nav.dashboard') },
            { to: `${base}/procurements`, label: t('method.nav.procurements') },
            { to: `${base}/principles`, label: t('method.nav.principles') },
          ]
        : [{ to: `${base}/principles`, label: t('method.nav.principles') }];
  return (
    <nav aria-label={t('method.nav.label')}>
      <ul className="method-nav">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
