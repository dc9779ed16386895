// Closing a workspace as an archive, and reopening it.
import type { Workspace } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useUpdateWorkspace } from '../api/administrationApi';

export function ArchiveSection({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const update = useUpdateWorkspace(workspace.id);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState('');
  const closed = workspace.status === 'closed';

  const setStatus = (status: 'closed' | 'active') => {
    setProblem(null);
    update.mutate(
      { status },
      {
        onSuccess: () => {
          setConfirming(false);
          setOutcome(status === 'closed' ? t('admin.archive.closed') : t('admin.archive.reopened'));
        },
        onError: () => setProblem(t('admin.failed')),
      },
    );
  };

  return (
    <section className="section" aria-labelledby="archive-heading">
      <h2 id="archive-heading">{t('admin.archive.title')}</h2>
      <p>{closed ? t('admin.archive.closedLead') : t('admin.archive.openLead')}</p>
      {closed ? (
        <>
          {problem ? (
            <p className="notice notice--error" role="alert">
              {problem}
            </p>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={update.isPending}
            onClick={() => setStatus('active')}
          >
            {t('admin.archive.reopen')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            setProblem(null);
            setConfirming(true);
          }}
        >
          {t('admin.archive.close')}
        </button>
      )}
      <p role="status" className="muted">
        {outcome}
      </p>
      <ConfirmDialog
        open={confirming}
        title={t('admin.archive.close')}
        message={t('admin.archive.confirmClose', { workspace: workspace.name })}
        confirmLabel={t('admin.archive.close')}
        pending={update.isPending}
        problem={problem}
        onConfirm={() => setStatus('closed')}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}
