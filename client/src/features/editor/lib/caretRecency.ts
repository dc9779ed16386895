/**
 * Caret labels show briefly after a remote caret moves (and on hover, see
 * editor.css), instead of sitting permanently over the line above. This
 * tracker listens to awareness, notes when someone's cursor changed, and
 * marks their caret element with RECENT_CARET_CLASS for `showForMs`.
 *
 * Keyed by the person's user id (what renderCaret knows): the caret element
 * may be rebuilt by the cursor plugin or reused when it moves, so both paths
 * apply the class: `decorate` for a freshly built element, the awareness
 * listener for the element already in the page.
 */
import type { Awareness } from 'y-protocols/awareness';

import { readUser } from './presence';

export const RECENT_CARET_CLASS = 'collaboration-carets__caret--recent';

export interface CaretRecency {
  /** Called for each newly built caret element of this person. */
  decorate(element: HTMLElement, userKey: string): void;
  destroy(): void;
}

export function trackCaretRecency(
  awareness: Awareness,
  showForMs = 1500,
  now: () => number = Date.now,
): CaretRecency {
  const lastMoved = new Map<string, number>();
  const lastCursor = new Map<number, string>();
  const elements = new Map<string, HTMLElement>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  function show(element: HTMLElement, userKey: string, forMs: number) {
    element.classList.add(RECENT_CARET_CLASS);
    const previous = timers.get(userKey);
    if (previous !== undefined) clearTimeout(previous);
    timers.set(
      userKey,
      setTimeout(() => {
        timers.delete(userKey);
        elements.get(userKey)?.classList.remove(RECENT_CARET_CLASS);
      }, forMs),
    );
  }

  const onChange = ({ added, updated }: { added: number[]; updated: number[] }) => {
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue;
      const state = awareness.getStates().get(clientId);
      const cursor = JSON.stringify(state?.cursor ?? null);
      if (lastCursor.get(clientId) === cursor) continue;
      lastCursor.set(clientId, cursor);
      const user = readUser(state);
      if (!user || cursor === 'null') continue;
      lastMoved.set(user.key, now());
      const element = elements.get(user.key);
      if (element?.isConnected) show(element, user.key, showForMs);
    }
  };
  awareness.on('change', onChange);

  return {
    decorate(element, userKey) {
      elements.set(userKey, element);
      const moved = lastMoved.get(userKey);
      if (moved === undefined) return;
      const remaining = showForMs - (now() - moved);
      if (remaining > 0) show(element, userKey, remaining);
    },
    destroy() {
      awareness.off('change', onChange);
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      elements.clear();
    },
  };
}
