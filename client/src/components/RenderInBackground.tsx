/**
 * Renders its children after the page around it, in React's background lane.
 *
 * A page that waited for its data renders everything at once when the data
 * arrives: one synchronous render and commit of every section, a task of
 * hundreds of milliseconds on a slow phone that blocks input (Lighthouse's
 * Total Blocking Time) and holds back the first paint of the page's heading.
 * Here the first render shows what is around this (the heading), and the
 * children render right after as a deferred value does: in React's
 * transition lane, which yields to the browser every few milliseconds, so the
 * long task becomes many short ones. The children mount a moment later, in
 * the same place; nothing above them moves.
 */
import { useDeferredValue } from 'react';
import type { ReactNode } from 'react';

export function RenderInBackground({
  children,
  fallback = null,
}: {
  children: ReactNode;
  /** Shown in the first render, until the children are in. */
  fallback?: ReactNode;
}) {
  const rendered = useDeferredValue(true, false);
  return rendered ? children : fallback;
}
