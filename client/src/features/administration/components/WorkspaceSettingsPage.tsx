// A coordinator's settings for one workspace: details, archive, organisations, groups, mandates.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useMembers } from '../../members';
import { useBodies, useOrganisations, useWorkspace } from '../../workspaces';
import { ArchiveSection } from './ArchiveSection';
import { BodiesAdmin } from './BodiesAdmin';
import { MandatesAdmin } from './MandatesAdmin';
import { OrganisationsAdmin } from './OrganisationsAdmin';
import { WorkspaceDetailsForm } from './WorkspaceDetailsForm';

export function WorkspaceSettingsPage() {
  const { workspaceId } = useParams();
  const { t } = useTranslation();
  const workspace = useWorkspace(workspaceId);
  const organisations = useOrganisations(workspaceId);
  const bodies = useBodies(workspaceId);
  const members = useMembers(workspaceId);
  const name = workspace.data?.workspace.name ?? '';
  useDocumentTitle(t('admin.pageTitle', { workspace: name }));

  const failed = [workspace, organisations, bodies, members].find((q) => q.error);
  if (failed?.error) {
    return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  }
  if (!workspaceId || !workspace.data || !organisations.data || !bodies.data || !members.data) {
    return <LoadingState />;
  }

  const { workspace: current, abilities } = workspace.data;
  const closed = current.status === 'closed';
  const back = (
    <p>
      <Link to={`/workspaces/${workspaceId}`}>
        {t('admin.backToWorkspace', { workspace: current.name })}
      </Link>
    </p>
  );
  if (!abilities.includes('workspace:update')) {
    return (
      <div className="page">
        <h1>{t('admin.pageTitle', { workspace: current.name })}</h1>
        <p className="notice notice--info">{t('admin.notAllowed')}</p>
        {back}
      </div>
    );
  }
  const lists = {
    workspaceId,
    organisations: organisations.data.organisations,
    bodies: bodies.data.bodies,
    members: members.data.members,
    // A closed workspace is an archive: the server refuses changes, so the page offers none.
    readOnly: closed,
  };
  return (
    <div className="page">
      <div className="page__header">
        <div>
          <h1>{t('admin.pageTitle', { workspace: current.name })}</h1>
          {back}
        </div>
      </div>
      {closed ? <p className="notice notice--warning">{t('admin.closedNotice')}</p> : null}
      <WorkspaceDetailsForm workspace={current} readOnly={closed} />
      <OrganisationsAdmin {...lists} />
      <BodiesAdmin {...lists} />
      <MandatesAdmin {...lists} />
      <ArchiveSection workspace={current} />
    </div>
  );
}
