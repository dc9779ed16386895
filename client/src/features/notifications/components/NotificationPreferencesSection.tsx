// On the profile page: whether notifications are also mailed (at once, as a daily digest, never).
import type { NotificationMail } from '@samverka/shared';
import { notificationMails } from '@samverka/shared';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import '../../../styles/notifications.css';
import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { uiLanguage } from '../../../lib/format';
import {
  useNotificationPreferences,
  useSaveNotificationPreferences,
} from '../api/notificationsApi';

export function NotificationPreferencesSection() {
  const { t, i18n } = useTranslation();
  const preferences = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const [choice, setChoice] = useState<NotificationMail | null>(null);
  const [saved, setSaved] = useState(false);
  // Nothing is shown as chosen until the stored choice has loaded (a default would mislead).
  const current = choice ?? preferences.data?.preferences.mail ?? null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (current === null) return;
    setSaved(false);
    // Mail is written in the language the app is used in.
    save.mutate(
      { mail: current, language: uiLanguage(i18n.language) },
      { onSuccess: () => setSaved(true) },
    );
  }

  return (
    <section className="section" aria-labelledby="notification-preferences-heading">
      <h2 id="notification-preferences-heading">{t('notifications.preferences.title')}</h2>
      <p>{t('notifications.preferences.lead')}</p>
      <form className="form form--narrow" onSubmit={submit} noValidate>
        <FormProblem message={save.isError ? t('notifications.preferences.failed') : null} />
        <fieldset className="radio-group" disabled={!preferences.data}>
          <legend>{t('notifications.preferences.label')}</legend>
          {notificationMails.map((option) => (
            <label key={option} className="radio-group__option">
              <input
                type="radio"
                name="notification-mail"
                value={option}
                checked={current === option}
                onChange={() => setChoice(option)}
              />
              {t(`notifications.preferences.${option}`)}
            </label>
          ))}
        </fieldset>
        <FormActions submitLabel={t('notifications.preferences.save')} pending={save.isPending} />
        <p role="status" className="muted">
          {saved ? t('notifications.preferences.saved') : ''}
        </p>
      </form>
    </section>
  );
}
