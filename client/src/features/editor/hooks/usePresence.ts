// Present users from awareness, re-read only when membership changes, with polite announcements.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';

import { useAnnounce } from '../../../components/LiveAnnouncer';
import { remoteUsers } from '../lib/presence';
import type { PresentUser } from '../lib/presence';

function sameUsers(a: PresentUser[], b: PresentUser[]): boolean {
  return a.length === b.length && a.every((user, index) => user.key === b[index]?.key);
}

export function usePresence(awareness: Awareness | null): PresentUser[] {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [users, setUsers] = useState<PresentUser[]>([]);
  const previous = useRef<PresentUser[]>([]);

  useEffect(() => {
    if (!awareness) return;
    // Cheap: a handful of states; sameUsers() keeps cursor moves from re-rendering.
    const onChange = () => {
      const next = remoteUsers(awareness);
      const before = previous.current;
      if (sameUsers(before, next)) return;
      const joined = next.filter((user) => !before.some((old) => old.key === user.key));
      const left = before.filter((user) => !next.some((now) => now.key === user.key));
      for (const user of joined) {
        announce(t('editor.presence.joined', { name: user.name, organisation: user.organisation }));
      }
      for (const user of left) {
        announce(t('editor.presence.left', { name: user.name, organisation: user.organisation }));
      }
      previous.current = next;
      setUsers(next);
    };
    awareness.on('change', onChange);
    onChange();
    return () => awareness.off('change', onChange);
  }, [awareness, announce, t]);

  return users;
}
