/**
 * The editor's highlight plugin and the "Kommentera" button over the text
 * are built apart from the comments panel (and again when the editor is
 * rebuilt); this small bridge carries "this highlight was clicked" and
 * "comment on this selection" to whichever panel listens.
 */
import type { NewAnchor } from './anchors';

type Listener<T> = (value: T) => void;

function channel<T>() {
  const listeners = new Set<Listener<T>>();
  return {
    emit: (value: T) => listeners.forEach((listener) => listener(value)),
    listen: (listener: Listener<T>) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export interface CommentBridge {
  activated: ReturnType<typeof channel<string>>;
  newThread: ReturnType<typeof channel<NewAnchor>>;
}

export function createCommentBridge(): CommentBridge {
  return { activated: channel<string>(), newThread: channel<NewAnchor>() };
}
