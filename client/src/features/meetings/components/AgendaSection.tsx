// The meeting page's agenda: the ordered list, and for those who manage the meeting add, edit, remove and reorder.
import type { AgendaItem, MeetingView } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormProblem } from '../../../components/form/FormProblem';
import { useMeetingChange } from '../api/meetingsApi';
import { AgendaItemDialog } from './AgendaItemDialog';
import { AgendaList } from './AgendaList';

export function documentLink(item: AgendaItem): string | null {
  if (!item.documentId) return null;
  const section = item.sectionId ? `?section=${encodeURIComponent(item.sectionId)}` : '';
  return `/documents/${item.documentId}${section}`;
}

export function AgendaDetails({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const link = documentLink(item);
  const facts = [
    item.presenter ? t('meetings.agenda.presenter', { name: item.presenter }) : null,
    item.estimateMinutes !== null
      ? t('meetings.agenda.minutes', { count: item.estimateMinutes })
      : null,
  ].filter((fact): fact is string => fact !== null);
  return (
    <>
      {facts.length > 0 ? <p className="agenda__details">{facts.join(' · ')}</p> : null}
      {link || item.decisionId ? (
        <p className="agenda__details">
          {link ? <Link to={link}>{t('meetings.agenda.document')}</Link> : null}
          {link && item.decisionId ? ' · ' : null}
          {item.decisionId ? (
            <Link to={`/decisions/${item.decisionId}`}>{t('meetings.agenda.decision')}</Link>
          ) : null}
        </p>
      ) : null}
    </>
  );
}

export function AgendaSection({ view }: { view: MeetingView }) {
  const { t } = useTranslation();
  const { meeting, agenda, abilities } = view;
  const change = useMeetingChange(meeting.id, meeting.bodyId);
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const editable = abilities.manage && meeting.status !== 'minutes_approved';
  const ordered = [...agenda].sort((a, b) => a.order - b.order);

  return (
    <section className="section" aria-labelledby="agenda-heading">
      <div className="section__header">
        <h2 id="agenda-heading">{t('meetings.agenda.heading')}</h2>
        {editable ? (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('meetings.agenda.add')}
          </button>
        ) : null}
      </div>
      <FormProblem message={problem} />
      <AgendaList
        items={ordered}
        editable={editable}
        renderDetails={(item) => <AgendaDetails item={item} />}
        onReorder={(itemIds) => {
          setProblem(null);
          change.mutate(
            { kind: 'reorder', itemIds },
            { onError: () => setProblem(t('meetings.mode.failed')) },
          );
        }}
        onEdit={(item) => setEditing(item)}
        onRemove={(item) => setRemoving(item)}
      />
      <AgendaItemDialog
        open={editing !== null}
        workspaceId={meeting.workspaceId}
        item={editing === 'new' ? null : editing}
        pending={change.isPending}
        onSave={(body, done, failed) => {
          const current = editing;
          if (current === null) return;
          change.mutate(
            current === 'new'
              ? { kind: 'addItem', body }
              : { kind: 'updateItem', itemId: current.id, body },
            { onSuccess: done, onError: failed },
          );
        }}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        open={removing !== null}
        title={t('meetings.agenda.remove')}
        message={t('meetings.agenda.confirmRemove', { title: removing?.title ?? '' })}
        confirmLabel={t('meetings.agenda.remove')}
        pending={change.isPending}
        onConfirm={() => {
          if (!removing) return;
          change.mutate(
            { kind: 'removeItem', itemId: removing.id },
            {
              onSuccess: () => setRemoving(null),
              onError: () => {
                setRemoving(null);
                setProblem(t('meetings.mode.failed'));
              },
            },
          );
        }}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}
