// The IOP legal test as a checklist: each criterion's current assessment with justification,
// evidence, assessor and date, its history, and a form to assess it; the proposed overall
// result on top, with "Föreslå som beslut för styrgruppen" once it is conclusive.
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { blockingError } from '../../../lib/queryErrors';
import { useMembers } from '../../members';
import { useBodies, useOrganisations } from '../../workspaces/api/workspacesApi';
import { useLegalTest } from '../api/methodApi';
import { MethodPageFrame } from '../components/MethodPageFrame';
import { CriterionCard } from './CriterionCard';
import { LegalTestProposal } from './LegalTestProposal';

function LegalTestContent(props: { workspaceId: string; abilities: readonly string[] }) {
  const { workspaceId } = props;
  const { t } = useTranslation();
  const legalTest = useLegalTest(workspaceId);
  const members = useMembers(workspaceId);
  const organisations = useOrganisations(workspaceId);
  const bodies = useBodies(workspaceId);
  const failed = [legalTest, members, organisations, bodies].find((q) => blockingError(q));
  if (failed)
    return <ErrorState error={blockingError(failed)} onRetry={() => void failed.refetch()} />;
  if (!legalTest.data || !members.data || !organisations.data || !bodies.data)
    return <LoadingState />;
  const canAssess = props.abilities.includes('legaltest:assess');
  const nameOf = (userId: string) =>
    members.data.members.find((member) => member.userId === userId)?.user.name ?? '';
  const organisationOf = (id: string | null) =>
    organisations.data.organisations.find((o) => o.id === id)?.name ?? '';
  return (
    <>
      <LegalTestProposal
        workspaceId={workspaceId}
        proposal={legalTest.data.proposal}
        decisions={legalTest.data.decisions}
        bodies={bodies.data.bodies}
        canPropose={canAssess}
      />
      <section className="section" aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">{t('method.legalTest.criteriaHeading')}</h2>
        {legalTest.data.criteria.map((row) => (
          <CriterionCard
            key={row.criterion}
            workspaceId={workspaceId}
            criterion={row.criterion}
            current={row.current}
            history={row.history}
            canAssess={canAssess}
            nameOf={nameOf}
            organisationOf={organisationOf}
          />
        ))}
      </section>
    </>
  );
}

export function LegalTestPage() {
  const { t } = useTranslation();
  return (
    <MethodPageFrame title={t('method.legalTest.title')} lead={t('method.legalTest.lead')}>
      {(workspace) => (
        <LegalTestContent workspaceId={workspace.workspaceId} abilities={workspace.abilities} />
      )}
    </MethodPageFrame>
  );
}
