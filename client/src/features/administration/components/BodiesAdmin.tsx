// The workspace's groups: change them, remove empty ones, and place members in them.
import { bodyKindLabels } from '@samverka/shared';
import type { Body } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ApiError } from '../../../lib/apiClient';
import { uiLanguage } from '../../../lib/format';
import { CreateBodyDialog } from '../../workspaces';
import { useDeleteBody } from '../api/administrationApi';
import { BodyDialog } from './BodyDialog';
import { BodyMembers } from './BodyMembers';
import type { AdminLists } from './OrganisationsAdmin';

export function BodiesAdmin({ workspaceId, bodies, members, readOnly }: AdminLists) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const remove = useDeleteBody(workspaceId);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Body | null>(null);
  const [removing, setRemoving] = useState<Body | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [listProblem, setListProblem] = useState<string | null>(null);

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => setRemoving(null),
      onError: (error) =>
        setProblem(
          error instanceof ApiError && error.status === 409
            ? t('admin.bodies.inUse', { name: removing.name })
            : t('admin.failed'),
        ),
    });
  };

  return (
    <section className="section" aria-labelledby="bodies-admin-heading">
      <div className="section__header">
        <h2 id="bodies-admin-heading">{t('admin.bodies.title')}</h2>
        {readOnly ? null : (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('admin.bodies.add')}
          </button>
        )}
      </div>
      {listProblem ? (
        <p className="notice notice--error" role="alert">
          {listProblem}
        </p>
      ) : null}
      {bodies.length === 0 ? <p className="muted">{t('admin.bodies.empty')}</p> : null}
      <div className="body-grid">
        {bodies.map((body) => (
          <section key={body.id} className="body-card" aria-labelledby={`admin-body-${body.id}`}>
            <h3 id={`admin-body-${body.id}`}>{body.name}</h3>
            <p className="card__meta">
              {bodyKindLabels[body.kind][language]} ·{' '}
              {t(`workspaces.home.authority.${body.authority}`)}
            </p>
            {readOnly ? null : (
              <div className="form__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setEditing(body)}
                >
                  {t('admin.bodies.edit')}
                  <span className="visually-hidden"> {body.name}</span>
                </button>
                <button
                  type="button"
                  className="button button--danger button--small"
                  onClick={() => {
                    setProblem(null);
                    setRemoving(body);
                  }}
                >
                  {t('admin.bodies.remove')}
                  <span className="visually-hidden"> {body.name}</span>
                </button>
              </div>
            )}
            <BodyMembers
              workspaceId={workspaceId}
              body={body}
              members={members}
              readOnly={readOnly}
              onError={() => setListProblem(t('admin.failed'))}
            />
          </section>
        ))}
      </div>
      <CreateBodyDialog
        workspaceId={workspaceId}
        open={creating}
        onClose={() => setCreating(false)}
      />
      <BodyDialog workspaceId={workspaceId} body={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={removing !== null}
        title={t('admin.bodies.remove')}
        message={t('admin.bodies.confirmRemove', { name: removing?.name ?? '' })}
        confirmLabel={t('admin.bodies.remove')}
        pending={remove.isPending}
        problem={problem}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}
