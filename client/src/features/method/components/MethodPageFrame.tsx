// The frame every method page shares: loads the workspace (name, kind, abilities), links back
// to its home, keeps the page live, and hands the loaded workspace to the page's content.
import type { WorkspaceView } from '@samverka/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { blockingError } from '../../../lib/queryErrors';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useWorkspace } from '../../workspaces/api/workspacesApi';
import { useMethodLive } from '../hooks/useMethodLive';
import '../method.css';

export function MethodPageFrame(props: {
  title: string;
  lead?: string;
  children: (workspace: WorkspaceView & { workspaceId: string }) => ReactNode;
}) {
  const { workspaceId } = useParams();
  const { t } = useTranslation();
  const workspace = useWorkspace(workspaceId);
  useMethodLive(workspace.data ? workspaceId : undefined);
  useDocumentTitle(
    workspace.data ? `${props.title} – ${workspace.data.workspace.name}` : props.title,
  );
  const failed = blockingError(workspace);
  if (failed) return <ErrorState error={failed} onRetry={() => void workspace.refetch()} />;
  if (!workspaceId || !workspace.data) return <LoadingState />;
  return (
    <div className="page">
      <nav aria-label={t('common.breadcrumbs')}>
        <Link to={`/workspaces/${workspaceId}`}>{workspace.data.workspace.name}</Link>
      </nav>
      <div className="page__header">
        <div>
          <h1>{props.title}</h1>
          {props.lead ? <p className="page__lead">{props.lead}</p> : null}
        </div>
      </div>
      {props.children({ ...workspace.data, workspaceId })}
    </div>
  );
}
