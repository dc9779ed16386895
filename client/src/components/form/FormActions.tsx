// A form's submit button (disabled while it is being sent) and an optional cancel.
import { useTranslation } from 'react-i18next';

export function FormActions({
  submitLabel,
  pending = false,
  onCancel,
}: {
  submitLabel: string;
  pending?: boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
    </div>
  );
}
