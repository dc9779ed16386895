// The workspace's process as a stepper on its home: each step's status in words (not colour
// alone), who is responsible, when it is due, which decision it needs, its sub-steps, notes
// and links. Editors change a step; admins also rename, skip and add steps. Live.
import { processStepStatusLabels } from '@samverka/shared';
import type { Organisation, ProcessStepView } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { uiLanguage } from '../../../lib/format';
import { useProcess } from '../api/methodApi';
import { useMethodLive } from '../hooks/useMethodLive';
import '../method.css';
import { AddStepForm } from './AddStepForm';
import { ProcessStepItem } from './ProcessStepItem';
import { useBackgroundData } from '../../../lib/useBackgroundData';

export function ProcessStepper(props: {
  workspaceId: string;
  abilities: readonly string[];
  organisations: readonly Organisation[];
  documents: readonly { id: string; title: string }[];
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const process = useProcess(props.workspaceId);
  useMethodLive(props.workspaceId);
  const [adding, setAdding] = useState(false);
  const canUpdate = props.abilities.includes('process:update');
  const canConfigure = props.abilities.includes('process:configure');

  const data = useBackgroundData(process.data);
  const steps: ProcessStepView[] = data?.steps ?? [];
  const progress = data?.progress;
  const current = steps.find((step) => step.id === progress?.currentStepId);
  return (
    <section className="section" aria-labelledby="process-heading">
      <div className="section__header">
        <h2 id="process-heading">{t('method.process.heading')}</h2>
        {canConfigure && !adding ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setAdding(true)}
          >
            {t('method.process.addStep')}
          </button>
        ) : null}
      </div>
      {data === undefined && !process.error ? <p>{t('common.loading')}</p> : null}
      {process.error ? <p role="alert">{t('method.process.loadFailed')}</p> : null}
      {progress ? (
        <p className="progress-line" aria-live="polite">
          {t('method.process.progress', { done: progress.done, total: progress.applicable })}
          {current ? ` · ${t('method.process.current', { step: current.title })}` : ''}
        </p>
      ) : null}
      {adding ? (
        <AddStepForm
          workspaceId={props.workspaceId}
          steps={steps}
          onClose={() => setAdding(false)}
        />
      ) : null}
      <ol className="stepper">
        {steps.map((step, index) => (
          <ProcessStepItem
            key={step.id}
            number={index + 1}
            step={step}
            statusLabel={processStepStatusLabels[step.status][language]}
            workspaceId={props.workspaceId}
            canUpdate={canUpdate}
            canConfigure={canConfigure}
            organisations={props.organisations}
            documents={props.documents}
          />
        ))}
      </ol>
    </section>
  );
}
