/**
 * Asks before something that cannot be undone (deleting, revoking, closing).
 * Built on Dialog, so focus is trapped and Escape cancels; the confirm button
 * says what will happen, and a refusal from the server is shown in place.
 */
import { useTranslation } from 'react-i18next';

import { Dialog } from './Dialog';
import { FormProblem } from './form/FormProblem';

export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  danger = true,
  pending = false,
  problem = null,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  pending?: boolean;
  problem?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <div className="form">
        <FormProblem message={problem} />
        <p>{message}</p>
        <div className="form__actions">
          <button
            type="button"
            className={danger ? 'button button--danger' : 'button'}
            disabled={pending}
            aria-busy={pending}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
