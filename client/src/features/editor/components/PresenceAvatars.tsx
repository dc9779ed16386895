// Avatars of the other people in the document, coloured by their organisation.
import { useTranslation } from 'react-i18next';

import type { PresentUser } from '../lib/presence';
import { initials } from '../lib/presence';

export function PresenceAvatars({ users }: { users: PresentUser[] }) {
  const { t } = useTranslation();
  if (users.length === 0) {
    return <p className="presence presence--alone">{t('editor.presence.alone')}</p>;
  }
  return (
    <div className="presence">
      <h2 className="visually-hidden">{t('editor.presence.heading')}</h2>
      <ul className="presence__list" aria-label={t('editor.presence.heading')}>
        {users.map((user) => {
          const label = user.organisation ? `${user.name}, ${user.organisation}` : user.name;
          return (
            <li key={user.key} className="presence__item" data-testid="presence-avatar">
              <span
                className="avatar"
                style={{ backgroundColor: user.colour }}
                title={label}
                aria-hidden="true"
              >
                {initials(user.name)}
              </span>
              <span className="visually-hidden">{label}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
