// The workspace's documents with template and last change, and the new-document dialog.
import { templates } from '@samverka/shared';
import type { Document } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/StatusViews';
import { formatDateTime, uiLanguage } from '../../../lib/format';
import { NewDocumentDialog } from './NewDocumentDialog';

export function DocumentsSection({
  workspaceId,
  documents,
  canCreate,
}: {
  workspaceId: string;
  documents: Document[];
  canCreate: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const [creating, setCreating] = useState(false);
  const sorted = [...documents].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const newButton = canCreate ? (
    <button type="button" className="button" onClick={() => setCreating(true)}>
      {t('documents.new.open')}
    </button>
  ) : null;

  return (
    <section className="section" aria-labelledby="documents-heading">
      <div className="section__header">
        <h2 id="documents-heading">{t('documents.list.title')}</h2>
        {newButton}
      </div>
      {sorted.length === 0 ? (
        <EmptyState title={t('documents.list.emptyTitle')}>
          {canCreate ? t('documents.list.emptyCanCreate') : t('documents.list.emptyReadOnly')}
        </EmptyState>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('documents.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('documents.list.columns.title')}</th>
              <th scope="col">{t('documents.list.columns.template')}</th>
              <th scope="col">{t('documents.list.columns.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((document) => (
              <tr key={document.id}>
                <td>
                  <Link to={`/documents/${document.id}`}>{document.title}</Link>
                </td>
                <td>{templates[document.template].name[language]}</td>
                <td>
                  <time dateTime={document.updatedAt}>
                    {formatDateTime(document.updatedAt, language)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewDocumentDialog
        workspaceId={workspaceId}
        open={creating}
        onClose={() => setCreating(false)}
      />
    </section>
  );
}
