// One workspace at a glance: where it stands in its process, legal test, principles or goal (issue 15), its documents with status and last change, its bodies with
// members by organisation, and member management for coordinators.
import { roleLabels, workspaceKindLabels, workspaceStatusLabels } from '@samverka/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { RevealInOrder } from '../../../components/RevealInOrder';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ActivityPanel } from '../../activity';
import { uiLanguage } from '../../../lib/format';
import { blockingError } from '../../../lib/queryErrors';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useMe } from '../../auth';
import { AwaitingDecisions } from '../../decisions/embeds';
import { NextMeeting } from '../../meetings/embeds';
import { MembersAdminSection, useMembers } from '../../members';
import { MethodLinks, MethodOverview, ProcessStepper } from '../../method';
import { useBodies, useDocuments, useOrganisations, useWorkspace } from '../api/workspacesApi';
import { useWorkspaceEvents } from '../hooks/useWorkspaceEvents';
import { BodiesSection } from './BodiesSection';
import { DocumentsSection } from './DocumentsSection';

export function WorkspaceHomePage() {
  const { workspaceId } = useParams();
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const me = useMe();
  const workspace = useWorkspace(workspaceId);
  const organisations = useOrganisations(workspaceId);
  const bodies = useBodies(workspaceId);
  const members = useMembers(workspaceId);
  const documents = useDocuments(workspaceId);
  useWorkspaceEvents(workspace.data ? workspaceId : undefined);
  useDocumentTitle(workspace.data?.workspace.name ?? t('workspaces.home.pageTitle'));

  const failed = [workspace, organisations, bodies, members, documents].find((q) =>
    blockingError(q),
  );
  if (failed) {
    return <ErrorState error={blockingError(failed)} onRetry={() => void failed.refetch()} />;
  }
  if (
    !workspaceId ||
    !me.data ||
    !workspace.data ||
    !organisations.data ||
    !bodies.data ||
    !members.data ||
    !documents.data
  ) {
    return <LoadingState />;
  }

  const { workspace: current, membership, abilities } = workspace.data;
  return (
    <div className="page">
      <div className="page__header">
        <div>
          <h1>{current.name}</h1>
          <p className="page__meta">
            {workspaceKindLabels[current.kind][language]} ·{' '}
            {workspaceStatusLabels[current.status][language]} ·{' '}
            {t('workspaces.list.yourRole', { role: roleLabels[membership.role][language] })}
          </p>
          {current.description ? <p className="page__lead">{current.description}</p> : null}
        </div>
        {abilities.includes('workspace:update') ? (
          <Link className="button button--secondary" to={`/workspaces/${workspaceId}/settings`}>
            {t('admin.open')}
          </Link>
        ) : null}
      </div>
      <RevealInOrder>
        <AwaitingDecisions workspaceId={workspaceId} />
        <NextMeeting bodies={bodies.data.bodies} />
        <MethodLinks workspaceId={workspaceId} kind={current.kind} />
        <MethodOverview
          workspaceId={workspaceId}
          kind={current.kind}
          organisations={organisations.data.organisations}
        />
        <ProcessStepper
          workspaceId={workspaceId}
          abilities={abilities}
          organisations={organisations.data.organisations}
          documents={documents.data.documents}
        />
        <DocumentsSection
          workspaceId={workspaceId}
          documents={documents.data.documents}
          abilities={documents.data.abilities}
          canCreate={abilities.includes('document:create')}
        />
        <ActivityPanel
          workspaceId={workspaceId}
          nameOf={(userId) => members.data.members.find((m) => m.userId === userId)?.user.name}
        />
        {abilities.includes('audit:read') ? (
          <p>
            <Link to={`/workspaces/${workspaceId}/audit`}>{t('activity.auditLink')}</Link>
          </p>
        ) : null}
        <BodiesSection
          workspaceId={workspaceId}
          canCreate={abilities.includes('body:create')}
          bodies={bodies.data.bodies}
          members={members.data.members}
          organisations={organisations.data.organisations}
        />
        {abilities.includes('member:update') ? (
          <MembersAdminSection
            workspaceId={workspaceId}
            members={members.data.members}
            organisations={organisations.data.organisations}
            bodies={bodies.data.bodies}
            currentUserId={me.data.user.id}
          />
        ) : null}
      </RevealInOrder>
    </div>
  );
}
