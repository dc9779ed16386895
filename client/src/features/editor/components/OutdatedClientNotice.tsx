// Shown instead of the editor when the server runs a newer editor schema than this page.
import { useTranslation } from 'react-i18next';

export function OutdatedClientNotice() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" role="alert" data-testid="outdated-client">
      <p>
        <strong>{t('editor.outdated.title')}</strong> {t('editor.outdated.body')}
      </p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('editor.outdated.reload')}
      </button>
    </div>
  );
}
