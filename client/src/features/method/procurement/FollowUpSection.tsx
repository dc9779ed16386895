// A procurement's follow-up per quarter, in aggregate figures only, and (for editors) the
// form to record the next quarter. Figures below 5 read "färre än 5" unless one's own.
import type { Figure, FollowUpEntryView } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { TextAreaField, TextField } from '../../../components/form/fields';
import { NumberField } from '../../../components/form/NumberField';
import { readNumber } from '../../../components/form/numberText';
import { ApiError } from '../../../lib/apiClient';
import { uiLanguage } from '../../../lib/format';
import {
  useCreateFollowUp,
  useDeleteFollowUp,
  useFollowUps,
  useUpdateFollowUp,
} from '../api/methodApi';
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

// A suppressed figure cannot prefill the form: the field starts empty and must be given again.
const editable = (figure: Figure) => (figure.kind === 'exact' ? String(figure.value) : '');

function FollowUpForm(props: {
  workspaceId: string;
  procurementId: string;
  /** Given: the form corrects this quarter's entry instead of recording a new one. */
  initial?: FollowUpEntryView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { initial } = props;
  const create = useCreateFollowUp(props.workspaceId, props.procurementId);
  const update = useUpdateFollowUp(props.workspaceId, props.procurementId);
  const saving = initial ? update : create;
  const [period, setPeriod] = useState(() => initial?.period ?? currentQuarter(new Date()));
  const [figures, setFigures] = useState<Record<FigureField, string>>(() =>
    initial
      ? {
          jobsStarted: editable(initial.figures.jobsStarted),
          fullTimeMonths: editable(initial.figures.fullTimeMonths),
          jobsEndedEarly: editable(initial.figures.jobsEndedEarly),
          jobsEndedEarlyCounted: editable(initial.figures.jobsEndedEarlyCounted),
        }
      : { jobsStarted: '0', fullTimeMonths: '0', jobsEndedEarly: '0', jobsEndedEarlyCounted: '0' },
  );
  const [note, setNote] = useState(initial?.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const numbers = Object.fromEntries(
      figureFields.map((field) => [field, readNumber(figures[field]) ?? Number.NaN]),
    ) as Record<FigureField, number>;
    const bad = figureFields.some(
      (field) => !Number.isFinite(numbers[field]) || numbers[field] < 0,
    );
    if (!/^\d{4}-Q[1-4]$/.test(period)) return setProblem(t('method.followUp.badPeriod'));
    if (bad) return setProblem(t('method.followUp.badFigure'));
    if (numbers.jobsEndedEarlyCounted > numbers.jobsEndedEarly)
      return setProblem(t('method.followUp.countedTooMany'));
    setProblem(null);
    if (initial)
      update.mutate(
        { entryId: initial.id, body: { ...numbers, note: note.trim() } },
        { onSuccess: props.onClose },
      );
    else create.mutate({ period, ...numbers, note: note.trim() }, { onSuccess: props.onClose });
  };
  const serverProblem =
    saving.error instanceof ApiError && saving.error.status === 409
      ? t('method.followUp.periodTaken', { period })
      : saving.error
        ? t('method.followUp.saveFailed')
        : null;
  return (
    <form
      className="form"
      onSubmit={submit}
      aria-label={
        initial
          ? t('method.followUp.editLabel', { period: initial.period })
          : t('method.followUp.formLabel')
      }
    >
      <FormProblem message={problem ?? serverProblem} />
      {initial ? null : (
        <TextField
          label={t('method.followUp.period')}
          hint={t('method.followUp.periodHint')}
          value={period}
          onChange={setPeriod}
          required
        />
      )}
      {figureFields.map((field) => (
        <NumberField
          key={field}
          label={t(`method.followUp.fields.${field}`)}
          decimals={field === 'fullTimeMonths'}
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
        pending={saving.isPending}
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
  const [editing, setEditing] = useState<FollowUpEntryView | null>(null);
  const [removing, setRemoving] = useState<FollowUpEntryView | null>(null);
  const remove = useDeleteFollowUp(props.workspaceId, props.procurementId);
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
                {props.canEdit ? <th scope="col">{t('method.followUp.actions')}</th> : null}
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
                  {props.canEdit ? (
                    <td>
                      <div className="method-actions">
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => setEditing(entry)}
                        >
                          {t('method.followUp.edit', { period: entry.period })}
                        </button>
                        <button
                          type="button"
                          className="button button--danger button--small"
                          onClick={() => setRemoving(entry)}
                        >
                          {t('method.followUp.remove', { period: entry.period })}
                        </button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
              <tr>
                <th scope="row">{t('method.followUp.total')}</th>
                {figureFields.map((field) => (
                  <td key={field}>{figureLabel(followUps.data.total[field], language)}</td>
                ))}
                <td />
                {props.canEdit ? <td /> : null}
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}
      {editing ? (
        <FollowUpForm
          key={editing.id}
          workspaceId={props.workspaceId}
          procurementId={props.procurementId}
          initial={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('method.followUp.removeTitle')}
        message={t('method.followUp.confirmRemove', { period: removing?.period ?? '' })}
        confirmLabel={t('method.followUp.removeConfirm')}
        pending={remove.isPending}
        problem={remove.error ? t('method.followUp.removeFailed') : null}
        onConfirm={() => {
          if (removing) remove.mutate(removing.id, { onSuccess: () => setRemoving(null) });
        }}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
      />
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
