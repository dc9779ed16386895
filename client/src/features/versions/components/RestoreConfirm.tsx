// Asks before a restore and says what it does: a new change, nothing rewound, others keep editing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useRestoreVersion } from '../api/versionsApi';

export interface RestoreRequest {
  versionId: string;
  label: string;
  /** One section (clause) only; absent: the whole version. */
  section?: { id: string; heading: string };
}

export function RestoreConfirm({
  documentId,
  request,
  onClose,
  announce,
}: {
  documentId: string;
  request: RestoreRequest | null;
  onClose: () => void;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const restore = useRestoreVersion(documentId);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = () => {
    if (!request) return;
    setProblem(null);
    restore.mutate(
      {
        versionId: request.versionId,
        body: request.section ? { sectionId: request.section.id } : {},
      },
      {
        onSuccess: ({ changed }) => {
          onClose();
          announce(changed ? t('versions.restore.done') : t('versions.restore.unchanged'));
        },
        onError: () => setProblem(t('versions.restore.failed')),
      },
    );
  };
  return (
    <ConfirmDialog
      open={request !== null}
      title={t('versions.restore.confirmTitle')}
      message={
        request?.section
          ? t('versions.restore.confirmSection', {
              heading: request.section.heading,
              label: request.label,
            })
          : t('versions.restore.confirmAll', { label: request?.label ?? '' })
      }
      confirmLabel={t('versions.restore.submit')}
      danger={false}
      pending={restore.isPending}
      problem={problem}
      onConfirm={confirm}
      onClose={() => {
        setProblem(null);
        onClose();
      }}
    />
  );
}
