// The procurement register of a social-procurement workspace: each procurement with its
// social requirements, promised and realised figures (suppressed below 5 for other
// organisations) and its follow-up per quarter; editors register procurements and record
// follow-up entries.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { blockingError } from '../../../lib/queryErrors';
import { useOrganisations } from '../../workspaces/api/workspacesApi';
import { useProcurements } from '../api/methodApi';
import { MethodPageFrame } from '../components/MethodPageFrame';
import { ProcurementCard } from './ProcurementCard';
import { ProcurementForm } from './ProcurementForm';

function ProcurementsContent(props: { workspaceId: string; abilities: readonly string[] }) {
  const { t } = useTranslation();
  const procurements = useProcurements(props.workspaceId);
  const organisations = useOrganisations(props.workspaceId);
  const [creating, setCreating] = useState(false);
  const failed = [procurements, organisations].find((q) => blockingError(q));
  if (failed)
    return <ErrorState error={blockingError(failed)} onRetry={() => void failed.refetch()} />;
  if (!procurements.data || !organisations.data) return <LoadingState />;
  const canEdit = props.abilities.includes('procurement:update');
  return (
    <>
      <p>
        <Link to={`/workspaces/${props.workspaceId}/follow-up`}>{t('method.nav.dashboard')}</Link>
      </p>
      {canEdit && !creating ? (
        <button type="button" className="button" onClick={() => setCreating(true)}>
          {t('method.procurement.create')}
        </button>
      ) : null}
      {creating ? (
        <ProcurementForm
          workspaceId={props.workspaceId}
          organisations={organisations.data.organisations}
          onClose={() => setCreating(false)}
        />
      ) : null}
      <section className="section" aria-labelledby="register-heading">
        <h2 id="register-heading">{t('method.procurement.registerHeading')}</h2>
        {procurements.data.procurements.length === 0 ? (
          <EmptyState title={t('method.procurement.empty')} />
        ) : (
          procurements.data.procurements.map((procurement) => (
            <ProcurementCard
              key={procurement.id}
              workspaceId={props.workspaceId}
              procurement={procurement}
              organisations={organisations.data.organisations}
              canEdit={canEdit}
            />
          ))
        )}
      </section>
    </>
  );
}

export function ProcurementsPage() {
  const { t } = useTranslation();
  return (
    <MethodPageFrame title={t('method.procurement.title')} lead={t('method.procurement.lead')}>
      {(workspace) => (
        <ProcurementsContent workspaceId={workspace.workspaceId} abilities={workspace.abilities} />
      )}
    </MethodPageFrame>
  );
}
