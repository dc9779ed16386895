/**
 * The current agenda item's decision in meeting mode: its title, status and
 * each required organisation's latest position, refreshed live (the meeting's
 * socket hook invalidates the decision when a position is recorded). The full
 * decision page (recording positions, closing) is one link away.
 */
import type { DecisionResponse, Organisation } from '@samverka/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { apiRequest } from '../../../lib/apiClient';
import { meetingKeys } from '../api/meetingKeys';

export function useDecision(decisionId: string) {
  return useQuery({
    queryKey: meetingKeys.decision(decisionId),
    queryFn: ({ signal }) =>
      apiRequest<DecisionResponse>(`/api/decisions/${encodeURIComponent(decisionId)}`, {
        signal,
      }),
  });
}

export function DecisionPositions({
  decisionId,
  organisations,
}: {
  decisionId: string;
  organisations: readonly Organisation[];
}) {
  const { t } = useTranslation();
  const query = useDecision(decisionId);
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState />;
  const { decision, positions } = query.data.decision;
  const headingId = `decision-${decision.id}`;
  return (
    <section className="meeting-decision" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('meetings.mode.decisionHeading', { title: decision.title })}</h3>
      <table className="meeting-table" data-testid="meeting-positions">
        <caption className="visually-hidden">{t('meetings.mode.positions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.mode.organisation')}</th>
            <th scope="col">{t('meetings.mode.position')}</th>
          </tr>
        </thead>
        <tbody>
          {decision.requiredOrganisationIds.map((organisationId) => {
            const organisation = organisations.find((o) => o.id === organisationId);
            const position = positions.find(
              (candidate) =>
                candidate.approver.kind === 'organisation' &&
                candidate.approver.organisationId === organisationId,
            );
            return (
              <tr key={organisationId}>
                <th scope="row">{organisation?.name ?? organisationId}</th>
                <td>
                  {position
                    ? t(`meetings.mode.verdict.${position.verdict}`)
                    : t('meetings.mode.awaiting')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <Link to={`/decisions/${decision.id}`}>{t('meetings.mode.openDecision')}</Link>
      </p>
    </section>
  );
}
