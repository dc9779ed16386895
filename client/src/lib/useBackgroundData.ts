/**
 * A query's data, for a section of a page that shows a list of it: the render
 * that puts the data on screen runs in React's background lane.
 *
 * Query results reach React through useSyncExternalStore, whose updates always
 * render synchronously: when several sections' data arrive together after a
 * page load, their renders pile into one long task that blocks input (on a
 * slow phone, 150–250 ms). Deferred, the urgent render still shows the section
 * as loading and the data renders right after in the background lane, which
 * yields to the browser between components.
 *
 * Until that render the value is the previous one (undefined at first): read
 * "still loading" from it, not from the query's isPending, which turns false
 * one render earlier.
 */
import { useDeferredValue } from 'react';

export function useBackgroundData<T>(data: T | undefined): T | undefined {
  return useDeferredValue(data);
}
