// The overall result proposed from the criteria, what still blocks it, and the action that
// turns it into a draft decision of type "utfall av rättslig prövning" for the steering group.
import { legalTestCriterionLabels, legalTestOverallLabels } from '@samverka/shared';
import type { Body, LegalTestResponse } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SelectField } from '../../../components/form/fields';
import { ApiError } from '../../../lib/apiClient';
import { formatDateTime, uiLanguage } from '../../../lib/format';
import { useProposeLegalTestDecision } from '../api/methodApi';

export function LegalTestProposal(props: {
  workspaceId: string;
  proposal: LegalTestResponse['proposal'];
  decisions: LegalTestResponse['decisions'];
  bodies: readonly Body[];
  canPropose: boolean;
}) {
  const { proposal } = props;
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const propose = useProposeLegalTestDecision(props.workspaceId);
  const binding = props.bodies.filter((body) => body.authority === 'binding');
  const [bodyId, setBodyId] = useState(binding[0]?.id ?? '');
  const list = (criteria: readonly (keyof typeof legalTestCriterionLabels)[]) =>
    criteria.map((c) => legalTestCriterionLabels[c].title[language]).join(', ');
  const tone =
    proposal.result === 'fulfilled'
      ? 'success'
      : proposal.result === 'not_fulfilled'
        ? 'error'
        : 'warning';
  return (
    <section className="section" aria-labelledby="proposal-heading">
      <h2 id="proposal-heading">{t('method.legalTest.proposalHeading')}</h2>
      <div className={`notice notice--${tone}`} aria-live="polite">
        <p>
          <strong>{legalTestOverallLabels[proposal.result][language]}</strong>
        </p>
        {proposal.notFulfilled.length > 0 ? (
          <p>{t('method.legalTest.notFulfilledList', { list: list(proposal.notFulfilled) })}</p>
        ) : null}
        {proposal.unclear.length > 0 ? (
          <p>{t('method.legalTest.unclearList', { list: list(proposal.unclear) })}</p>
        ) : null}
        {proposal.unassessed.length > 0 ? (
          <p>{t('method.legalTest.unassessedList', { list: list(proposal.unassessed) })}</p>
        ) : null}
      </div>
      {props.canPropose ? (
        proposal.conclusive && binding.length > 0 ? (
          <div className="form">
            {binding.length > 1 ? (
              <SelectField
                label={t('method.legalTest.body')}
                value={bodyId}
                options={binding.map((body) => body.id)}
                optionLabel={(id) => binding.find((body) => body.id === id)?.name ?? id}
                onChange={setBodyId}
              />
            ) : null}
            <div className="form__actions">
              <button
                type="button"
                className="button"
                disabled={propose.isPending}
                onClick={() => propose.mutate({ bodyId })}
              >
                {t('method.legalTest.propose')}
              </button>
            </div>
          </div>
        ) : (
          <p className="muted">
            {binding.length === 0
              ? t('method.legalTest.noBindingBody')
              : t('method.legalTest.notConclusive')}
          </p>
        )
      ) : null}
      {propose.isSuccess ? (
        <p className="notice notice--success" role="status">
          {t('method.legalTest.proposed')}
        </p>
      ) : null}
      {propose.error ? (
        <p className="notice notice--error" role="alert">
          {propose.error instanceof ApiError && propose.error.code === 'legal_test_open'
            ? t('method.legalTest.notConclusive')
            : t('method.legalTest.proposeFailed')}
        </p>
      ) : null}
      {props.decisions.length > 0 ? (
        <>
          <h3>{t('method.legalTest.decisionsHeading')}</h3>
          <ul className="plain-list">
            {props.decisions.map((decision) => (
              <li key={decision.id}>
                {decision.title} · {t(`method.decisionStatus.${decision.status}`)} ·{' '}
                {formatDateTime(decision.createdAt, language)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
