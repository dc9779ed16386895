// Why this person cannot type, and whom to ask.
import { useTranslation } from 'react-i18next';

export type ReadOnlyReason = 'viewer' | 'commenter';

export function ReadOnlyNote({
  reason,
  adminNames,
}: {
  reason: ReadOnlyReason;
  adminNames: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <p className="notice notice--info" data-testid="read-only-note">
      <strong>{t('editor.readOnly.title')}</strong> {t(`editor.readOnly.${reason}`)}{' '}
      {t('editor.readOnly.askAdmin', {
        holder: adminNames ?? t('errors.forbidden.defaultHolder'),
      })}
    </p>
  );
}
