/** Threads as they are listed: with their comments, and whether their anchored text is gone. */
import type { ThreadView } from '@samverka/shared';
import type { DocumentRecord, ThreadRecord } from '../store/port.js';
import { isDetached, loadStoredDoc } from './commentAnchors.js';
import type { ServiceContext } from './context.js';

/** Threads of a document with their comments; `detached` read from the stored text. */
export async function listThreads(props: {
  ctx: ServiceContext;
  document: DocumentRecord;
}): Promise<ThreadView[]> {
  const { ctx, document } = props;
  const [threads, comments] = await Promise.all([
    ctx.store.threads.listByDocument(document.id),
    ctx.store.comments.listByDocument(document.id),
  ]);
  const doc = threads.some((thread) => thread.anchor)
    ? await loadStoredDoc(ctx.store.documents, document.id)
    : null;
  try {
    return threads.map((thread) => ({
      ...thread,
      comments: comments.filter((comment) => comment.threadId === thread.id),
      detached: thread.anchor !== null && doc !== null && isDetached(doc, thread.anchor),
    }));
  } finally {
    doc?.destroy();
  }
}

export async function threadView(ctx: ServiceContext, thread: ThreadRecord): Promise<ThreadView> {
  const comments = await ctx.store.comments.listByThread(thread.id);
  let detached = false;
  if (thread.anchor) {
    const doc = await loadStoredDoc(ctx.store.documents, thread.documentId);
    detached = isDetached(doc, thread.anchor);
    doc.destroy();
  }
  return { ...thread, comments, detached };
}
