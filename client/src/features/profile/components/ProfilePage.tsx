// "Me": name and language, notification mail, password, personal API tokens and where I am signed in.
import { useTranslation } from 'react-i18next';

import { LoadingState } from '../../../components/StatusViews';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useMe } from '../../auth';
import { NotificationPreferencesSection } from '../../notifications';
import { PasswordForm } from './PasswordForm';
import { ProfileDetailsForm } from './ProfileDetailsForm';
import { SessionsSection } from './SessionsSection';
import { TokensSection } from './TokensSection';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('profile.title'));
  if (!me.data) return <LoadingState />;
  return (
    <div className="page">
      <h1>{t('profile.title')}</h1>
      <ProfileDetailsForm user={me.data.user} />
      <NotificationPreferencesSection />
      <PasswordForm />
      <SessionsSection />
      <TokensSection />
    </div>
  );
}
