// Unknown address inside the app.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useDocumentTitle } from '../lib/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFound.title'));
  return (
    <div className="state state--error">
      <h1>{t('errors.notFound.title')}</h1>
      <p>{t('errors.notFound.advice')}</p>
      <Link className="button" to="/">
        {t('common.backToWorkspaces')}
      </Link>
    </div>
  );
}
