// "Var står vi?" on the workspace home (issue 15, done-when): the one screen a steering group
// member opens. For an IOP: the legal test's proposed result, the criteria still unclear or
// unassessed, and each organisation's principle scores in the latest period; for social
// procurement: the share of service procurements with social requirements against the goal.
// Light on purpose (text, a table and one small bar): the charts stay on the method pages.
import type { Organisation, WorkspaceKind } from '@samverka/shared';
import { useTranslation } from 'react-i18next';

import '../method.css';
import { GoalOverview } from './GoalOverview';
import { LegalTestOverview } from './LegalTestOverview';
import { PrinciplesOverview } from './PrinciplesOverview';

export function MethodOverview(props: {
  workspaceId: string;
  kind: WorkspaceKind;
  organisations: readonly Organisation[];
}) {
  const { t } = useTranslation();
  if (props.kind !== 'iop' && props.kind !== 'social_procurement') return null;
  return (
    <section className="section method-overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('method.overview.heading')}</h2>
      <div className="method-overview__grid">
        {props.kind === 'iop' ? (
          <>
            <LegalTestOverview workspaceId={props.workspaceId} />
            <PrinciplesOverview
              workspaceId={props.workspaceId}
              organisations={props.organisations}
            />
          </>
        ) : (
          <GoalOverview workspaceId={props.workspaceId} />
        )}
      </div>
    </section>
  );
}
