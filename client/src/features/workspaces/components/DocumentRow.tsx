// One document in the list: title, status (a select for those who may change it), last change and by whom, actions.
import { documentStatusLabels, documentStatuses, templates } from '@samverka/shared';
import type { Document, DocumentStatus } from '@samverka/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDateTime, uiLanguage } from '../../../lib/format';

export interface DocumentActions {
  /** From the caller's abilities on each document (the list response carries them). */
  canUpdate: (document: Document) => boolean;
  canDelete: (document: Document) => boolean;
  pending: boolean;
  onStatus: (document: Document, status: DocumentStatus) => void;
  onRename: (document: Document) => void;
  onDelete: (document: Document) => void;
}

export function DocumentRow({
  document,
  actions,
  lastEditor,
}: {
  document: Document;
  actions: DocumentActions;
  /** Who made the last change, "Name (Organisation)", when known. */
  lastEditor: string | null;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const canUpdate = actions.canUpdate(document);
  const canDelete = actions.canDelete(document);
  const columns = {
    template: t('documents.list.columns.template'),
    status: t('docAdmin.columns.status'),
    updated: t('documents.list.columns.updated'),
  };
  return (
    <tr>
      <td>
        <Link to={`/documents/${document.id}`}>{document.title}</Link>
      </td>
      <td data-label={columns.status}>
        {canUpdate ? (
          <select
            className={`status-select status-select--${document.status}`}
            aria-label={t('docAdmin.statusFor', { title: document.title })}
            value={document.status}
            disabled={actions.pending}
            onChange={(event) => {
              const next = documentStatuses.find((status) => status === event.target.value);
              if (next) actions.onStatus(document, next);
            }}
          >
            {documentStatuses.map((status) => (
              <option key={status} value={status}>
                {documentStatusLabels[status][language]}
              </option>
            ))}
          </select>
        ) : (
          <span className={`status status--${document.status}`}>
            {documentStatusLabels[document.status][language]}
          </span>
        )}
      </td>
      <td data-label={columns.template}>{templates[document.template].name[language]}</td>
      <td data-label={columns.updated}>
        <time dateTime={document.updatedAt}>{formatDateTime(document.updatedAt, language)}</time>
        {lastEditor ? (
          <span className="document-row__by"> {t('documents.list.by', { name: lastEditor })}</span>
        ) : null}
      </td>
      {canUpdate || canDelete ? (
        <td className="table__actions">
          {canUpdate ? (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => actions.onRename(document)}
            >
              {t('docAdmin.rename')}
              <span className="visually-hidden"> {document.title}</span>
            </button>
          ) : null}
          {canDelete ? (
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() => actions.onDelete(document)}
            >
              {t('docAdmin.delete')}
              <span className="visually-hidden"> {document.title}</span>
            </button>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
