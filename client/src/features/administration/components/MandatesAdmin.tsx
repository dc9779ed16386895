// Who may speak for their organisation, on what basis; coordinators give and withdraw mandates.
import type { MemberView } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { MandateDialog } from './MandateDialog';
import type { AdminLists } from './OrganisationsAdmin';
import { compareSwedish } from '../../../lib/format';

export function MandatesAdmin({ workspaceId, organisations, members, readOnly }: AdminLists) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<MemberView | null>(null);
  const organisationName = (id: string) => organisations.find((o) => o.id === id)?.name ?? '';
  const sorted = [...members].sort((a, b) => compareSwedish(a.user.name, b.user.name));

  return (
    <section className="section" aria-labelledby="mandates-heading">
      <h2 id="mandates-heading">{t('admin.mandates.title')}</h2>
      <p>{t('admin.mandates.lead')}</p>
      <table className="table table--stack">
        <caption className="visually-hidden">{t('admin.mandates.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.mandates.columns.name')}</th>
            <th scope="col">{t('admin.mandates.columns.organisation')}</th>
            <th scope="col">{t('admin.mandates.columns.mandate')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.mandates.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((member) => (
            <tr key={member.id}>
              <td>{member.user.name}</td>
              <td>{organisationName(member.organisationId)}</td>
              <td>
                {member.mandate.speaksForOrganisation ? (
                  <>
                    <span className="tag">{t('admin.mandates.has')}</span>
                    {member.mandate.reference ? (
                      <span className="muted mandate-reference">
                        {t('admin.mandates.reference', { reference: member.mandate.reference })}
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className="muted">{t('admin.mandates.none')}</span>
                )}
              </td>
              <td className="table__actions">
                {readOnly ? null : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setEditing(member)}
                  >
                    {t('admin.mandates.edit')}
                    <span className="visually-hidden"> {member.user.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MandateDialog
        workspaceId={workspaceId}
        member={editing}
        organisationName={editing ? organisationName(editing.organisationId) : ''}
        onClose={() => setEditing(null)}
      />
    </section>
  );
}
