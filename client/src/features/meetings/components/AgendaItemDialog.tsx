/**
 * Add or edit one agenda item: title, presenter, linked document, linked
 * decision, time estimate and notes. Linking a decision about a document
 * section links that document and its (first) section too, so meeting mode
 * can open the text under decision where it is.
 */
import type { AgendaItem, CreateAgendaItemRequest } from '@samverka/shared';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { TextAreaField, TextField } from '../../../components/form/fields';
import { useWorkspaceDecisions, useWorkspaceDocuments } from '../api/workspaceLookups';

interface Props {
  open: boolean;
  workspaceId: string;
  item: AgendaItem | null;
  pending: boolean;
  onSave: (body: CreateAgendaItemRequest, done: () => void, failed: () => void) => void;
  onClose: () => void;
}

export function AgendaItemDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.open}
      title={
        props.item ? t('meetings.agenda.dialog.editTitle') : t('meetings.agenda.dialog.createTitle')
      }
      onClose={props.onClose}
    >
      {props.open ? <AgendaItemForm {...props} /> : null}
    </Dialog>
  );
}

function AgendaItemForm({ workspaceId, item, pending, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const documents = useWorkspaceDocuments(workspaceId);
  const decisions = useWorkspaceDecisions(workspaceId);
  const documentSelect = useId();
  const decisionSelect = useId();
  const [title, setTitle] = useState(item?.title ?? '');
  const [presenter, setPresenter] = useState(item?.presenter ?? '');
  const [documentId, setDocumentId] = useState(item?.documentId ?? '');
  const [sectionId, setSectionId] = useState<string | null>(item?.sectionId ?? null);
  const [decisionId, setDecisionId] = useState(item?.decisionId ?? '');
  const [estimate, setEstimate] = useState(item?.estimateMinutes?.toString() ?? '');
  const [notes, setNotes] = useState(item?.notes ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  function chooseDecision(id: string) {
    setDecisionId(id);
    const subject = decisions.data?.decisions.find((entry) => entry.decision.id === id)?.decision
      .subject;
    if (subject) {
      setDocumentId(subject.documentId);
      setSectionId(subject.sections[0]?.sectionId ?? null);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return setProblem(t('meetings.agenda.dialog.titleRequired'));
    const minutes = estimate.trim() === '' ? null : Number.parseInt(estimate, 10);
    setProblem(null);
    onSave(
      {
        title: title.trim(),
        presenter: presenter.trim() === '' ? null : presenter.trim(),
        documentId: documentId === '' ? null : documentId,
        sectionId: documentId === '' ? null : sectionId,
        decisionId: decisionId === '' ? null : decisionId,
        estimateMinutes: minutes !== null && Number.isFinite(minutes) ? minutes : null,
        notes: notes.trim(),
      },
      onClose,
      () => setProblem(t('meetings.agenda.dialog.failed')),
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem message={problem} />
      <TextField
        label={t('meetings.agenda.dialog.title')}
        value={title}
        required
        maxLength={300}
        onChange={setTitle}
      />
      <TextField
        label={t('meetings.agenda.dialog.presenter')}
        value={presenter}
        maxLength={200}
        onChange={setPresenter}
      />
      <div className="field">
        <label htmlFor={decisionSelect}>{t('meetings.agenda.dialog.decision')}</label>
        <select
          id={decisionSelect}
          value={decisionId}
          onChange={(event) => chooseDecision(event.target.value)}
        >
          <option value="">{t('meetings.agenda.dialog.noDecision')}</option>
          {(decisions.data?.decisions ?? []).map(({ decision }) => (
            <option key={decision.id} value={decision.id}>
              {decision.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={documentSelect}>{t('meetings.agenda.dialog.document')}</label>
        <select
          id={documentSelect}
          value={documentId}
          onChange={(event) => {
            setDocumentId(event.target.value);
            setSectionId(null);
          }}
        >
          <option value="">{t('meetings.agenda.dialog.noDocument')}</option>
          {(documents.data?.documents ?? []).map((document) => (
            <option key={document.id} value={document.id}>
              {document.title}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={t('meetings.agenda.dialog.estimate')}
        type="number"
        inputMode="numeric"
        min={0}
        max={1440}
        value={estimate}
        onChange={setEstimate}
      />
      <TextAreaField
        label={t('meetings.agenda.dialog.notes')}
        value={notes}
        rows={3}
        maxLength={10000}
        onChange={setNotes}
      />
      <FormActions
        submitLabel={t('meetings.agenda.dialog.save')}
        pending={pending}
        onCancel={onClose}
      />
    </form>
  );
}
