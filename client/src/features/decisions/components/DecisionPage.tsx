/**
 * One decision: what is proposed, the wording it is bound to (and whether it
 * has changed since), each organisation's position in a matrix with its
 * history, the rule's live result in words, advisory statements beside the
 * positions, and the actions the caller may take. Live over socket.io.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import '../../../styles/decisions.css';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { uiLanguage } from '../../../lib/format';
import { blockingError } from '../../../lib/queryErrors';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useDecision, useFollowUpDecision } from '../api/decisionsApi';
import { useLiveDecisions } from '../hooks/useLiveDecisions';
import { useWorkspaceDirectory } from '../hooks/useWorkspaceDirectory';
import { ruleSummary } from '../lib/ruleSummary';
import { DecisionActions } from './DecisionActions';
import { DecisionFacts } from './DecisionFacts';
import { PositionMatrix } from './PositionMatrix';
import { StatementsPanel } from './StatementsPanel';
import { SubjectWording } from './SubjectWording';

export function DecisionPage() {
  const { decisionId } = useParams();
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const navigate = useNavigate();
  const query = useDecision(decisionId);
  const view = query.data?.decision;
  const workspaceId = view?.decision.workspaceId;
  const { directory, error, retry } = useWorkspaceDirectory(workspaceId);
  const followUp = useFollowUpDecision(decisionId ?? '');
  useLiveDecisions(directory ? workspaceId : undefined);
  useDocumentTitle(view?.decision.title ?? t('decisions.page.pageTitle'));

  const failure = blockingError(query) ?? error;
  if (failure) {
    return (
      <ErrorState
        error={failure}
        onRetry={() => {
          void query.refetch();
          retry();
        }}
      />
    );
  }
  if (!view || !directory) return <LoadingState />;

  const { decision, result } = view;
  const inWords = ruleSummary({
    result,
    requiredCount: decision.requiredOrganisationIds.length,
    nameOf: directory.organisationName,
    t,
    language,
  });
  const rows = [
    ...decision.requiredOrganisationIds,
    ...view.positions
      .map((p) => (p.approver.kind === 'organisation' ? p.approver.organisationId : ''))
      .filter((id) => id !== '' && !decision.requiredOrganisationIds.includes(id)),
  ];
  const takeUpAgain = view.abilities.followUp
    ? () =>
        followUp.mutate(
          {},
          { onSuccess: (response) => void navigate(`/decisions/${response.decision.decision.id}`) },
        )
    : null;

  return (
    <article className="page decision-page" aria-labelledby="decision-title">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to={`/workspaces/${decision.workspaceId}`}>{directory.workspace.workspace.name}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/workspaces/${decision.workspaceId}/decisions`}>
          {t('decisions.page.breadcrumbRegister')}
        </Link>
      </nav>
      <h1 id="decision-title">{decision.title}</h1>
      <DecisionActions view={view} directory={directory} resultInWords={inWords} />
      {/* Advisory statements beside what is decided: shown, never counted. */}
      <div className="decision-page__layout">
        <div className="decision-page__main">
          <DecisionFacts view={view} directory={directory} />
          <section className="section" aria-labelledby="proposal-heading">
            <h2 id="proposal-heading">{t('decisions.page.proposal')}</h2>
            <p className="decision-page__text">
              {decision.proposal || t('decisions.page.noProposal')}
            </p>
          </section>
          {decision.outcomeStatement ? (
            <section className="section" aria-labelledby="outcome-heading">
              <h2 id="outcome-heading">{t('decisions.page.outcome')}</h2>
              <p className="decision-page__text">{decision.outcomeStatement}</p>
              {decision.overrideStatement ? (
                <>
                  <h3>{t('decisions.page.overrideStatement')}</h3>
                  <p className="decision-page__text">{decision.overrideStatement}</p>
                </>
              ) : null}
            </section>
          ) : null}
          <SubjectWording view={view} onTakeUpAgain={takeUpAgain} takingUp={followUp.isPending} />
          {view.followUps.length > 0 ? (
            <ul className="plain-list" aria-label={t('decisions.page.followUps')}>
              {view.followUps.map((next) => (
                <li key={next.id}>
                  {t('decisions.page.followUps')}:{' '}
                  <Link to={`/decisions/${next.id}`}>{next.title}</Link> (
                  {t(`decisions.status.${next.status}`)})
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <aside className="decision-page__aside" aria-label={t('decisions.page.statements')}>
          <StatementsPanel
            statements={view.statements}
            bodyName={directory.bodyName}
            personName={directory.personName}
          />
        </aside>
      </div>
      <section className="section" aria-labelledby="positions-heading">
        <h2 id="positions-heading">{t('decisions.page.positions')}</h2>
        {decision.status === 'draft' ? null : (
          <p className="rule-result" aria-live="polite" data-testid="rule-result">
            <strong>{t(`decisions.result.outcome.${result.outcome}`)}.</strong> {inWords}.
          </p>
        )}
        <PositionMatrix
          organisations={rows}
          positions={view.positions}
          history={view.history}
          leadOrganisationId={
            decision.rule.kind === 'lead_authority_after_consultation'
              ? decision.rule.leadOrganisationId
              : null
          }
          organisationName={directory.organisationName}
        />
      </section>
    </article>
  );
}
