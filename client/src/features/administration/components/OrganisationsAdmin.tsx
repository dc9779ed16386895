// The workspace's organisations: add, change, and remove those nobody represents.
import { organisationKindLabels } from '@samverka/shared';
import type { Body, MemberView, Organisation } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ApiError } from '../../../lib/apiClient';
import { uiLanguage } from '../../../lib/format';
import { OrganisationBadge } from '../../workspaces';
import { useDeleteOrganisation } from '../api/administrationApi';
import { OrganisationDialog } from './OrganisationDialog';

export interface AdminLists {
  workspaceId: string;
  organisations: Organisation[];
  bodies: Body[];
  members: MemberView[];
  readOnly: boolean;
}

export function OrganisationsAdmin({ workspaceId, organisations, members, readOnly }: AdminLists) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const remove = useDeleteOrganisation(workspaceId);
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const [removing, setRemoving] = useState<Organisation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const memberCount = (id: string) => members.filter((m) => m.organisationId === id).length;

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => setRemoving(null),
      onError: (error) =>
        setProblem(
          error instanceof ApiError && error.status === 409
            ? t('admin.organisations.inUse', { name: removing.name })
            : t('admin.failed'),
        ),
    });
  };

  return (
    <section className="section" aria-labelledby="organisations-heading">
      <div className="section__header">
        <h2 id="organisations-heading">{t('admin.organisations.title')}</h2>
        {readOnly ? null : (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('admin.organisations.add')}
          </button>
        )}
      </div>
      <table className="table table--stack">
        <caption className="visually-hidden">{t('admin.organisations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.organisations.columns.name')}</th>
            <th scope="col">{t('admin.organisations.columns.members')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.organisations.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((organisation) => (
            <tr key={organisation.id}>
              <td>
                <OrganisationBadge organisation={organisation} />
                {organisation.organisationNumber ? (
                  <span className="muted"> · {organisation.organisationNumber}</span>
                ) : null}
                <span className="visually-hidden">
                  {' '}
                  ({organisationKindLabels[organisation.kind][language]})
                </span>
              </td>
              <td>{t('admin.organisations.members', { count: memberCount(organisation.id) })}</td>
              <td className="table__actions">
                {readOnly ? null : (
                  <>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => setEditing(organisation)}
                    >
                      {t('admin.organisations.edit')}
                      <span className="visually-hidden"> {organisation.name}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--danger button--small"
                      onClick={() => {
                        setProblem(null);
                        setRemoving(organisation);
                      }}
                    >
                      {t('admin.organisations.remove')}
                      <span className="visually-hidden"> {organisation.name}</span>
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <OrganisationDialog
        workspaceId={workspaceId}
        organisation={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        open={removing !== null}
        title={t('admin.organisations.remove')}
        message={t('admin.organisations.confirmRemove', { name: removing?.name ?? '' })}
        confirmLabel={t('admin.organisations.remove')}
        pending={remove.isPending}
        problem={problem}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}
