/**
 * The workspace's decision log: every decision with its status, type,
 * deciding body, deadline and the rule's standing, filterable, live, and
 * downloadable as CSV or Markdown with every position and reason.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import '../../../styles/decisions.css';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { blockingError } from '../../../lib/queryErrors';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { decisionExportUrl, useDecisions } from '../api/decisionsApi';
import { useLiveDecisions } from '../hooks/useLiveDecisions';
import { useWorkspaceDirectory } from '../hooks/useWorkspaceDirectory';
import { filterDecisions, initialDecisionFilter } from '../lib/decisionFilter';
import { DecisionFilters } from './DecisionFilters';
import { DecisionFormDialog } from './DecisionFormDialog';
import { DecisionRow } from './DecisionRow';

export function DecisionsRegisterPage() {
  const { workspaceId } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filter, setFilter] = useState(initialDecisionFilter);
  const [creating, setCreating] = useState(false);
  const { directory, error, retry } = useWorkspaceDirectory(workspaceId);
  const decisions = useDecisions(
    workspaceId,
    filter.view === 'awaitingMine' ? { awaitingMyOrganisation: 'true' } : {},
  );
  useLiveDecisions(directory ? workspaceId : undefined);
  useDocumentTitle(t('decisions.register.pageTitle'));

  const failure = error ?? blockingError(decisions);
  if (failure) {
    return (
      <ErrorState
        error={failure}
        onRetry={() => {
          retry();
          void decisions.refetch();
        }}
      />
    );
  }
  if (!workspaceId || !directory || !decisions.data) return <LoadingState />;

  const all = decisions.data.decisions;
  const shown = filterDecisions(all, filter);
  const canCreate = directory.workspace.abilities.includes('decision:create');
  return (
    <div className="page decisions-register">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to={`/workspaces/${workspaceId}`}>{directory.workspace.workspace.name}</Link>
      </nav>
      <div className="page__header">
        <div>
          <h1>{t('decisions.register.heading')}</h1>
          <p className="page__lead">{t('decisions.register.lead')}</p>
        </div>
        {canCreate ? (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('decisions.register.new')}
          </button>
        ) : null}
      </div>
      <p className="decisions-register__exports">
        <a href={decisionExportUrl(workspaceId, 'csv')} download>
          {t('decisions.register.exportCsv')}
        </a>
        <a href={decisionExportUrl(workspaceId, 'md')} download>
          {t('decisions.register.exportMarkdown')}
        </a>
      </p>
      <DecisionFilters
        filter={filter}
        onChange={setFilter}
        documents={directory.documents}
        bodies={directory.bodies}
      />
      <p className="muted" aria-live="polite">
        {t('decisions.register.shown', { count: shown.length })}
      </p>
      {all.length === 0 && filter.view !== 'awaitingMine' ? (
        <EmptyState title={t('decisions.register.empty')}>
          {canCreate ? t('decisions.register.emptyCanCreate') : null}
        </EmptyState>
      ) : shown.length === 0 ? (
        <p>{t('decisions.register.noMatch')}</p>
      ) : (
        <table className="table table--stack decisions-table">
          <caption className="visually-hidden">{t('decisions.register.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decisions.register.columns.title')}</th>
              <th scope="col">{t('decisions.register.columns.status')}</th>
              <th scope="col">{t('decisions.register.columns.type')}</th>
              <th scope="col">{t('decisions.register.columns.body')}</th>
              <th scope="col">{t('decisions.register.columns.deadline')}</th>
              <th scope="col">{t('decisions.register.columns.result')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <DecisionRow key={item.decision.id} item={item} directory={directory} />
            ))}
          </tbody>
        </table>
      )}
      {creating ? (
        <DecisionFormDialog
          directory={directory}
          onClose={() => setCreating(false)}
          onSaved={(decisionId) => void navigate(`/decisions/${decisionId}`)}
        />
      ) : null}
    </div>
  );
}
