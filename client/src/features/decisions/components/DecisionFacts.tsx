// The facts of a decision as a description list: type, bodies, rule, deadline, dates, links.
import { decisionTypeLabels } from '@samverka/shared';
import type { DecisionView } from '@samverka/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDateTime, uiLanguage } from '../../../lib/format';
import type { WorkspaceDirectory } from '../hooks/useWorkspaceDirectory';
import { DecisionStatusTag } from './DecisionStatusTag';

export function DecisionFacts({
  view,
  directory,
}: {
  view: DecisionView;
  directory: WorkspaceDirectory;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const { decision } = view;
  const rule = decision.rule;
  const lead =
    rule.kind === 'lead_authority_after_consultation'
      ? directory.organisationName(rule.leadOrganisationId)
      : '';
  return (
    <dl className="facts decision-facts" aria-label={t('decisions.page.facts')}>
      <dt>{t('decisions.page.status')}</dt>
      <dd>
        <DecisionStatusTag status={decision.status} />
      </dd>
      <dt>{t('decisions.page.type')}</dt>
      <dd>{decisionTypeLabels[decision.type][language]}</dd>
      <dt>{t('decisions.page.body')}</dt>
      <dd>{directory.bodyName(decision.bodyId)}</dd>
      {decision.advisoryBodyIds.length > 0 ? (
        <>
          <dt>{t('decisions.page.advisory')}</dt>
          <dd>{decision.advisoryBodyIds.map(directory.bodyName).join(', ')}</dd>
        </>
      ) : null}
      <dt>{t('decisions.page.rule')}</dt>
      <dd>
        {t(`decisions.rule.${rule.kind}`)}
        {lead ? ` (${lead})` : ''}
        <span className="field__hint decision-facts__explain">
          {t(`decisions.rule.explain.${rule.kind}`, { lead })}
        </span>
      </dd>
      <dt>{t('decisions.page.deadline')}</dt>
      <dd>
        {decision.deadline
          ? formatDateTime(decision.deadline, language)
          : t('decisions.register.noDeadline')}
      </dd>
      <dt>{t('decisions.page.createdBy')}</dt>
      <dd>
        {directory.personName(decision.createdBy) ?? t('decisions.page.someone')},{' '}
        {formatDateTime(decision.createdAt, language)}
      </dd>
      {decision.openedAt ? (
        <>
          <dt>{t('decisions.page.openedAt')}</dt>
          <dd>{formatDateTime(decision.openedAt, language)}</dd>
        </>
      ) : null}
      {decision.closedAt ? (
        <>
          <dt>{t('decisions.page.closedAt')}</dt>
          <dd>
            {formatDateTime(decision.closedAt, language)}
            {decision.closedBy ? `, ${directory.personName(decision.closedBy) ?? ''}` : ''}
          </dd>
        </>
      ) : null}
      {decision.followsUpDecisionId ? (
        <>
          <dt>{t('decisions.page.followsUp')}</dt>
          <dd>
            <Link to={`/decisions/${decision.followsUpDecisionId}`}>
              {t('decisions.page.followsUpLink')}
            </Link>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
