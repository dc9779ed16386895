// One criterion of the legal test: its guidance, the current assessment (what, why, on what
// evidence, by whom and when), the earlier assessments, and the form for a new one.
import { legalTestAssessmentLabels, legalTestCriterionLabels } from '@samverka/shared';
import type { LegalTestCriterion, LegalTestEntry } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDateTime, uiLanguage } from '../../../lib/format';
import { CriterionForm } from './CriterionForm';

function EntryDetails(props: {
  entry: LegalTestEntry;
  nameOf: (userId: string) => string;
  organisationOf: (id: string | null) => string;
}) {
  const { entry } = props;
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const organisation = props.organisationOf(entry.assessorOrganisationId);
  return (
    <>
      {entry.justification ? <p>{entry.justification}</p> : null}
      {entry.registeredIdeaBased !== null ? (
        <p>
          {entry.registeredIdeaBased
            ? t('method.legalTest.registered')
            : t('method.legalTest.notRegistered')}
        </p>
      ) : null}
      {entry.evidence.length > 0 ? (
        <ul className="plain-list" aria-label={t('method.legalTest.evidence')}>
          {entry.evidence.map((evidence, index) => (
            <li key={index}>
              {evidence.kind === 'url' ? (
                <a href={evidence.url} rel="noreferrer noopener" target="_blank">
                  {evidence.label || evidence.url}
                </a>
              ) : (
                <Link to={`/documents/${evidence.documentId}#${evidence.sectionId}`}>
                  {evidence.label || t('method.legalTest.section')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="card__meta">
        {t('method.legalTest.assessedBy', {
          name: props.nameOf(entry.assessedBy),
          organisation,
          date: formatDateTime(entry.assessedAt, language),
        })}
      </p>
    </>
  );
}

export function CriterionCard(props: {
  workspaceId: string;
  criterion: LegalTestCriterion;
  current: LegalTestEntry | null;
  history: LegalTestEntry[];
  canAssess: boolean;
  nameOf: (userId: string) => string;
  organisationOf: (id: string | null) => string;
}) {
  const { current } = props;
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const [assessing, setAssessing] = useState(false);
  const labels = legalTestCriterionLabels[props.criterion];
  const headingId = `criterion-${props.criterion}`;
  const earlier = props.history.filter((entry) => entry.id !== current?.id);
  return (
    <article className="criterion" aria-labelledby={headingId}>
      <div className="criterion__head">
        <h3 className="criterion__title" id={headingId}>
          {labels.title[language]}
        </h3>
        <span className={`status-tag status-tag--${current?.assessment ?? 'not_started'}`}>
          <span className="visually-hidden">{t('method.legalTest.assessment')}: </span>
          {current
            ? legalTestAssessmentLabels[current.assessment][language]
            : t('method.legalTest.unassessed')}
        </span>
      </div>
      <p className="muted">{labels.guidance[language]}</p>
      {current ? (
        <EntryDetails entry={current} nameOf={props.nameOf} organisationOf={props.organisationOf} />
      ) : null}
      {earlier.length > 0 ? (
        <details>
          <summary>{t('method.legalTest.history', { count: earlier.length })}</summary>
          <ol className="plain-list">
            {earlier.map((entry) => (
              <li key={entry.id}>
                <strong>{legalTestAssessmentLabels[entry.assessment][language]}</strong>
                <EntryDetails
                  entry={entry}
                  nameOf={props.nameOf}
                  organisationOf={props.organisationOf}
                />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {props.canAssess && !assessing ? (
        <button
          type="button"
          className="button button--secondary button--small"
          aria-describedby={headingId}
          onClick={() => setAssessing(true)}
        >
          {t('method.legalTest.assess')}
        </button>
      ) : null}
      {assessing ? (
        <CriterionForm
          workspaceId={props.workspaceId}
          criterion={props.criterion}
          title={labels.title[language]}
          current={current}
          onClose={() => setAssessing(false)}
        />
      ) : null}
    </article>
  );
}
