// The workspace's documents: status and last change, search, filter and sort, and for
// those allowed, status changes, renaming, deleting (with confirmation) and new documents.
import type { Document, WorkspaceAction } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/StatusViews';
import { useDeleteDocument, useUpdateDocument } from '../api/workspacesApi';
import { usePersonLabel } from '../hooks/usePersonLabel';
import { filterDocuments, initialDocumentFilter } from '../lib/documentFilter';
import { DocumentFilters } from './DocumentFilters';
import { DocumentRow } from './DocumentRow';
import type { DocumentActions } from './DocumentRow';
import { NewDocumentDialog } from './NewDocumentDialog';
import { RenameDocumentDialog } from './RenameDocumentDialog';

export function DocumentsSection({
  workspaceId,
  documents,
  abilities,
  canCreate,
}: {
  workspaceId: string;
  documents: Document[];
  /** The caller's abilities on each document, by id. */
  abilities: Readonly<Record<string, readonly WorkspaceAction[]>>;
  canCreate: boolean;
}) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [filter, setFilter] = useState(initialDocumentFilter);
  const [renaming, setRenaming] = useState<Document | null>(null);
  const [deleting, setDeleting] = useState<Document | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState('');
  const update = useUpdateDocument(workspaceId);
  const remove = useDeleteDocument(workspaceId);
  const shown = filterDocuments(documents, filter);
  const personLabel = usePersonLabel(workspaceId);

  const may = (action: WorkspaceAction) => (document: Document) =>
    abilities[document.id]?.includes(action) ?? false;
  const actions: DocumentActions = {
    canUpdate: may('document:update'),
    canDelete: may('document:delete'),
    pending: update.isPending,
    onStatus: (document, status) => {
      setProblem(null);
      update.mutate(
        { documentId: document.id, body: { status } },
        { onError: () => setProblem(t('docAdmin.failed')) },
      );
    },
    onRename: setRenaming,
    onDelete: (document) => {
      setProblem(null);
      setDeleting(document);
    },
  };
  const confirmDelete = () => {
    if (!deleting) return;
    const title = deleting.title;
    remove.mutate(deleting.id, {
      onSuccess: () => {
        setDeleting(null);
        setOutcome(t('docAdmin.deleted', { title }));
      },
      onError: () => setProblem(t('docAdmin.failed')),
    });
  };

  return (
    <section className="section" aria-labelledby="documents-heading">
      <div className="section__header">
        <h2 id="documents-heading">{t('documents.list.title')}</h2>
        {canCreate ? (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('documents.new.open')}
          </button>
        ) : null}
      </div>
      <p role="status" className="visually-hidden">
        {outcome}
      </p>
      {problem && !deleting ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      {documents.length === 0 ? (
        <EmptyState title={t('documents.list.emptyTitle')}>
          {canCreate ? t('documents.list.emptyCanCreate') : t('documents.list.emptyReadOnly')}
        </EmptyState>
      ) : (
        <>
          <DocumentFilters filter={filter} onChange={setFilter} />
          <p className="muted" aria-live="polite">
            {t('docAdmin.shown', { count: shown.length })}
          </p>
          {shown.length === 0 ? (
            <p>{t('docAdmin.noMatch')}</p>
          ) : (
            <table className="table table--stack">
              <caption className="visually-hidden">{t('documents.list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('documents.list.columns.title')}</th>
                  <th scope="col">{t('docAdmin.columns.status')}</th>
                  <th scope="col">{t('documents.list.columns.template')}</th>
                  <th scope="col">{t('documents.list.columns.updated')}</th>
                  {shown.some((d) => actions.canUpdate(d) || actions.canDelete(d)) ? (
                    <th scope="col">
                      <span className="visually-hidden">{t('docAdmin.columns.actions')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {shown.map((document) => (
                  <DocumentRow
                    key={document.id}
                    document={document}
                    actions={actions}
                    lastEditor={personLabel(document.lastEditedBy)}
                  />
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <NewDocumentDialog
        workspaceId={workspaceId}
        open={creating}
        onClose={() => setCreating(false)}
      />
      <RenameDocumentDialog
        workspaceId={workspaceId}
        document={renaming}
        onClose={() => setRenaming(null)}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t('docAdmin.deleteTitle')}
        message={t('docAdmin.confirmDelete', { title: deleting?.title ?? '' })}
        confirmLabel={t('docAdmin.delete')}
        pending={remove.isPending}
        problem={problem}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}
