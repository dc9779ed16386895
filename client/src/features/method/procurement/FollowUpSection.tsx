// A procurement's follow-up per quarter, in aggregate figures only, and (for editors) the
// form to record the next quarter. Figures below 5 read "färre än 5" unless one's own.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { TextAreaField, TextField } from '../../../components/form/fields';
import { ApiError } from '../../../lib/apiClient';
import { uiLanguage } from '../../../lib/format';
import { useCreateFollowUp, useFollowUps } from '../api/methodApi';
import { figureLabel } from '../lib/numbers';

const figureFields = [
  'jobsStarted',
  'fullTimeMonths',
  'jobsEndedEarly',
  'jobsEndedEarlyCounted',
] as const;
type FigureField = (typeof figureFields)[number];

function currentQuarter(now: Date): string {
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}

function FollowUpForm(props: { workspaceId: string; procurementId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateFollowUp(props.workspaceId, props.procurementId);
  const [period, setPeriod] = useState(() => currentQuarter(new Date()));
  const [figures, setFigures] = useState<Record<FigureField, string>>({
    jobsStarted: '0',
    fullTimeMonths: '0',
    jobsEndedEarly: '0',
    jobsEndedEarlyCounted: '0',
  });
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const numbers = Object.fromEntries(
      figureFields.map((field) => [field, Number(figures[field].replace(',', '.'))]),
    ) as Record<FigureField, number>;
    const bad = figureFields.some(
      (field) => !Number.isFinite(numbers[field]) || numbers[field] < 0,
    );
    if (!/^\d{4}-Q[1-4]$/.test(period)) return setProblem(t('method.followUp.badPeriod'));
    if (bad) return setProblem(t('method.followUp.badFigure'));
    if (numbers.jobsEndedEarlyCounted > numbers.jobsEndedEarly)
      return setProblem(t('method.followUp.countedTooMany'));
    setProblem(null);
    create.mutate({ period, ...numbers, note: note.trim() }, { onSuccess: props.onClose });
  };
  const serverProblem =
    create.error instanceof ApiError && create.error.status === 409
      ? t('method.followUp.periodTaken', { period })
      : create.error
        ? t('method.followUp.saveFailed')
        : null;
  return (
    <form className="form" onSubmit={submit} aria-label={t('method.followUp.formLabel')}>
      <FormProblem message={problem ?? serverProblem} />
      <TextField
        label={t('method.followUp.period')}
        hint={t('method.followUp.periodHint')}
        value={period}
        onChange={setPeriod}
        required
      />
      {figureFields.map((field) => (
        <TextField
          key={field}
          label={t(`method.followUp.fields.${field}`)}
          inputMode={field === 'fullTimeMonths' ? 'decimal' : 'numeric'}
          value={figures[field]}
          onChange={(value) => setFigures((f) => ({ ...f, [field]: value }))}
          required
        />
      ))}
      <TextAreaField
        label={t('method.followUp.note')}
        hint={t('method.followUp.noteHint')}
        value={note}
        onChange={setNote}
        maxLength={500}
        rows={2}
      />
      <FormActions
        submitLabel={t('method.followUp.save')}
        pending={create.isPending}
        onCancel={props.onClose}
      />
    </form>
  );
}

export function FollowUpSection(props: {
  workspaceId: string;
  procurementId: string;
  procurementName: string;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const followUps = useFollowUps(props.workspaceId, props.procurementId);
  const [recording, setRecording] = useState(false);
  const entries = followUps.data?.entries ?? [];
  return (
    <div>
      <h4>{t('method.followUp.heading')}</h4>
      {followUps.error ? <p role="alert">{t('method.followUp.loadFailed')}</p> : null}
      {entries.length === 0 && followUps.isSuccess ? <p>{t('method.followUp.empty')}</p> : null}
      {entries.length > 0 && followUps.data ? (
        // Focusable so a keyboard can scroll it sideways on a narrow screen.
        <div
          className="table-scroll"
          role="region"
          aria-label={t('method.followUp.caption', { name: props.procurementName })}
          tabIndex={0}
        >
          <table className="table">
            <caption className="visually-hidden">
              {t('method.followUp.caption', { name: props.procurementName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('method.followUp.period')}</th>
                {figureFields.map((field) => (
                  <th scope="col" key={field}>
                    {t(`method.followUp.columns.${field}`)}
                  </th>
                ))}
                <th scope="col">{t('method.followUp.note')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">{entry.period}</th>
                  {figureFields.map((field) => (
                    <td key={field}>{figureLabel(entry.figures[field], language)}</td>
                  ))}
                  <td>{entry.note}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('method.followUp.total')}</th>
                {figureFields.map((field) => (
                  <td key={field}>{figureLabel(followUps.data.total[field], language)}</td>
                ))}
                <td />
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}
      {props.canEdit && !recording ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setRecording(true)}
        >
          {t('method.followUp.record', { name: props.procurementName })}
        </button>
      ) : null}
      {recording ? (
        <FollowUpForm
          workspaceId={props.workspaceId}
          procurementId={props.procurementId}
          onClose={() => setRecording(false)}
        />
      ) : null}
    </div>
  );
}
