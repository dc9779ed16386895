// One step of the process: what it is, where it stands, and (for editors) a form to change it.
import { decisionTypeLabels } from '@samverka/shared';
import type { Organisation, ProcessStepView } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { uiLanguage } from '../../../lib/format';
import { useUpdateStep } from '../api/methodApi';
import { StepEditForm } from './StepEditForm';

export function ProcessStepItem(props: {
  number: number;
  step: ProcessStepView;
  statusLabel: string;
  workspaceId: string;
  canUpdate: boolean;
  canConfigure: boolean;
  organisations: readonly Organisation[];
  documents: readonly { id: string; title: string }[];
}) {
  const { step } = props;
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const [editing, setEditing] = useState(false);
  const update = useUpdateStep(props.workspaceId);
  const title = language === 'en' && step.titleEn ? step.titleEn : step.title;
  const responsible = props.organisations.find((o) => o.id === step.responsibleOrganisationId);
  const linkedDocuments = props.documents.filter((d) => step.links.documentIds.includes(d.id));
  const headingId = `step-${step.id}-title`;

  return (
    <li className={`stepper__step stepper__step--${step.status}`} aria-labelledby={headingId}>
      <div className="stepper__head">
        <h3 className="stepper__title" id={headingId}>
          {t('method.process.stepNumber', { number: props.number })} {title}
        </h3>
        <span className={`status-tag status-tag--${step.status}`}>
          <span className="visually-hidden">{t('method.process.statusLabel')}: </span>
          {props.statusLabel}
        </span>
      </div>
      <p className="card__meta">
        {t('method.process.responsible')}: {responsible?.name ?? t('method.process.nobody')}
        {' · '}
        {t('method.process.due')}: {step.dueDate ?? t('method.process.noDate')}
      </p>
      {step.requiresDecisionType ? (
        <p className="card__meta">
          {t('method.process.requiresDecision', {
            type: decisionTypeLabels[step.requiresDecisionType][language],
          })}
          {step.blockedBy && step.status !== 'done' ? ` ${t('method.process.notYetDecided')}` : ''}
        </p>
      ) : null}
      {step.subSteps.length > 0 ? (
        <ul className="plain-list">
          {step.subSteps.map((sub) => (
            <li key={sub.key}>
              {props.canUpdate ? (
                <label className="check">
                  <input
                    type="checkbox"
                    checked={sub.done}
                    disabled={update.isPending}
                    onChange={(event) =>
                      update.mutate({
                        stepId: step.id,
                        patch: {
                          subSteps: step.subSteps.map((s) => ({
                            key: s.key,
                            done: s.key === sub.key ? event.target.checked : s.done,
                          })),
                        },
                      })
                    }
                  />{' '}
                  {sub.title}
                </label>
              ) : (
                <span>
                  {sub.done ? t('method.process.subDone') : t('method.process.subOpen')}:{' '}
                  {sub.title}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {step.notes ? <p className="stepper__notes">{step.notes}</p> : null}
      {linkedDocuments.length > 0 || step.links.decisionIds.length > 0 ? (
        <p className="card__meta">
          {t('method.process.links')}:{' '}
          {linkedDocuments.map((document, index) => (
            <span key={document.id}>
              {index > 0 ? ', ' : ''}
              <Link to={`/documents/${document.id}`}>{document.title}</Link>
            </span>
          ))}
          {step.links.decisionIds.length > 0
            ? ` ${t('method.process.linkedDecisions', { count: step.links.decisionIds.length })}`
            : ''}
          {step.links.meetingIds.length > 0
            ? ` ${t('method.process.linkedMeetings', { count: step.links.meetingIds.length })}`
            : ''}
        </p>
      ) : null}
      {update.error ? (
        <p role="alert" className="notice notice--error">
          {t('method.process.saveFailed')}
        </p>
      ) : null}
      {props.canUpdate && !editing ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setEditing(true)}
          aria-describedby={headingId}
        >
          {t('method.process.edit')}
        </button>
      ) : null}
      {editing ? (
        <StepEditForm
          workspaceId={props.workspaceId}
          step={step}
          title={title}
          canConfigure={props.canConfigure}
          organisations={props.organisations}
          documents={props.documents}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </li>
  );
}
