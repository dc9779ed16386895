// The workspaces I belong to, and (for those allowed) a way to create one.
import { roleLabels, workspaceKindLabels, workspaceStatusLabels } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { uiLanguage } from '../../../lib/format';
import { blockingError } from '../../../lib/queryErrors';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { UnverifiedEmailNotice, useMe } from '../../auth';
import { ProcessProgress } from '../../method';
import { useWorkspaces } from '../api/workspacesApi';
import { CreateWorkspaceDialog } from './CreateWorkspaceDialog';

export function WorkspaceListPage() {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const me = useMe();
  const workspaces = useWorkspaces();
  const [creating, setCreating] = useState(false);
  const canCreate = me.data?.abilities.includes('workspace:create') ?? false;
  useDocumentTitle(t('workspaces.list.title'));

  const createButton = canCreate ? (
    <button type="button" className="button" onClick={() => setCreating(true)}>
      {t('workspaces.create.open')}
    </button>
  ) : null;

  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('workspaces.list.title')}</h1>
        {createButton}
      </div>
      <UnverifiedEmailNotice />
      {blockingError(workspaces) ? (
        <ErrorState error={blockingError(workspaces)} onRetry={() => void workspaces.refetch()} />
      ) : !workspaces.data ? (
        <LoadingState />
      ) : workspaces.data.workspaces.length === 0 ? (
        <EmptyState title={t('workspaces.list.emptyTitle')} action={createButton}>
          {canCreate ? t('workspaces.list.emptyCanCreate') : t('workspaces.list.emptyAskInvite')}
        </EmptyState>
      ) : (
        <ul className="card-list">
          {workspaces.data.workspaces.map(({ workspace, membership }) => (
            <li key={workspace.id} className="card">
              <h2 className="card__title">
                <Link to={`/workspaces/${workspace.id}`}>{workspace.name}</Link>
              </h2>
              <p className="card__meta">
                {workspaceKindLabels[workspace.kind][language]} ·{' '}
                {workspaceStatusLabels[workspace.status][language]}
              </p>
              {workspace.description ? <p className="card__body">{workspace.description}</p> : null}
              <ProcessProgress workspaceId={workspace.id} />
              <p className="card__meta">
                {t('workspaces.list.yourRole', { role: roleLabels[membership.role][language] })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <CreateWorkspaceDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
