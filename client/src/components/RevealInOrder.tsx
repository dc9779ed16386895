/**
 * Renders its children one after another, each in a background render and a
 * commit of its own, top to bottom.
 *
 * A deferred render (useDeferredValue) yields to the browser between
 * components, but its commit, which creates the DOM of everything it rendered,
 * is one piece of work: for a workspace home's nine sections ~50 ms, a task of
 * 200+ ms on a slow phone that blocks input. Here each section commits on its
 * own, in a transition started in the task after the previous one committed.
 * Sections only ever appear below those already shown, so nothing on screen
 * moves.
 */
import { Children, startTransition, useEffect, useState } from 'react';
import type { ReactNode } from 'react';

export function RevealInOrder({ children }: { children: ReactNode }) {
  const items = Children.toArray(children);
  const [shown, setShown] = useState(0);
  const total = items.length;
  useEffect(() => {
    if (shown >= total) return;
    const timer = window.setTimeout(() => startTransition(() => setShown((count) => count + 1)), 0);
    return () => window.clearTimeout(timer);
  }, [shown, total]);
  return items.slice(0, shown);
}
