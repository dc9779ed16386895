/**
 * The comments side panel: open and resolved threads of the document,
 * filtered (all, "nämner mig eller min organisation", per organisation) and
 * ordered (position in the document, or latest first), a new thread from
 * the selection ("Kommentera", Ctrl/Cmd+Alt+M) with the focus in its text
 * box, and the link between highlights and threads both ways: a clicked
 * highlight focuses its thread, "Visa i texten" scrolls to its highlight,
 * Alt+Down/Alt+Up move between threads, ?thread=<id> opens one.
 */
import type { Mention, ThreadView, WorkspaceAction } from '@samverka/shared';
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useAnnounce } from '../../../components/LiveAnnouncer';
import {
  useCreateThread,
  useDeleteComment,
  useEditComment,
  useReply,
  useSetThreadStatus,
  useThreads,
} from '../api/commentsApi';
import { useHighlights } from '../hooks/useHighlights';
import { anchorFromSection, anchorFromSelection } from '../lib/anchors';
import type { NewAnchor } from '../lib/anchors';
import type { CommentBridge } from '../lib/commentBridge';
import { setHighlights } from '../lib/commentHighlights';
import type { Directory } from '../lib/mentions';
import { inScope, isDetached, orderThreads } from '../lib/threadList';
import type { ThreadOrder, ThreadScope, Viewer } from '../lib/threadList';
import '../../../styles/comments.css';
import { CommentComposer } from './CommentComposer';
import { SectionCommentPicker } from './SectionCommentPicker';
import { ThreadCard } from './ThreadCard';
import type { ThreadActions } from './ThreadCard';

type Status = 'open' | 'resolved';
interface Draft {
  key: number;
  anchor: NewAnchor | null;
}

function scopeOf(value: string): ThreadScope {
  if (value === 'mine') return { kind: 'mine' };
  if (value.startsWith('org:')) return { kind: 'organisation', id: value.slice(4) };
  return { kind: 'all' };
}

export function CommentsPanel(props: {
  editor: Editor;
  bridge: CommentBridge;
  documentId: string;
  directory: Directory;
  viewer: Viewer;
  abilities: WorkspaceAction[];
}) {
  const { editor, bridge, documentId, directory, viewer } = props;
  const { t } = useTranslation();
  const announce = useAnnounce();
  const headingId = useId();
  const hintId = useId();
  const query = useThreads(documentId);
  const threads = useMemo(() => query.data?.threads ?? [], [query.data]);
  const highlights = useHighlights(editor);
  const [status, setStatus] = useState<Status>('open');
  const [scopeValue, setScopeValue] = useState('all');
  const [order, setOrder] = useState<ThreadOrder>('position');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  // A new object each time, so asking again for the same thread focuses it again.
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);

  const create = useCreateThread(documentId);
  const reply = useReply(documentId);
  const edit = useEditComment(documentId);
  const remove = useDeleteComment(documentId);
  const setThreadStatus = useSetThreadStatus(documentId);

  // The highlights: every anchored thread's range is tracked, open ones (and the active one) drawn.
  useEffect(() => {
    if (editor.isDestroyed) return;
    const anchored = threads.flatMap((thread) =>
      thread.anchor
        ? [
            {
              id: thread.id,
              from: thread.anchor.from,
              to: thread.anchor.to,
              // A resolved thread is drawn only while it is opened from the resolved list.
              shown: thread.status === 'open' || (thread.id === activeId && status === 'resolved'),
            },
          ]
        : [],
    );
    editor.view.dispatch(setHighlights(editor.state, { threads: anchored, active: activeId }));
  }, [editor, threads, activeId, status]);

  const scope = scopeOf(scopeValue);
  const scoped = threads.filter((thread) => inScope(thread, scope, viewer));
  const counts = {
    open: scoped.filter((thread) => thread.status === 'open').length,
    resolved: scoped.filter((thread) => thread.status === 'resolved').length,
  };
  const visible = orderThreads(
    scoped.filter((thread) => thread.status === status),
    order,
    highlights.ranges,
  );

  const reveal = useCallback(
    (threadId: string) => {
      const mark = editor.view.dom.querySelector(`[data-thread-id="${CSS.escape(threadId)}"]`);
      mark?.scrollIntoView({ block: 'center' });
    },
    [editor],
  );

  const activate = useCallback(
    (thread: ThreadView, options: { reveal: boolean; focus: boolean }) => {
      setStatus(thread.status);
      if (!inScope(thread, scopeOf(scopeValue), viewer)) setScopeValue('all');
      setActiveId(thread.id);
      if (options.focus) setFocusRequest({ id: thread.id });
      // Drawn after the next transaction when it was a resolved thread: reveal once painted.
      if (options.reveal) requestAnimationFrame(() => reveal(thread.id));
    },
    [scopeValue, viewer, reveal],
  );

  // The card is rendered by now (its status and filter were set with the request).
  useEffect(() => {
    if (!focusRequest) return;
    const card = cards.current.get(focusRequest.id);
    card?.focus({ preventScroll: true });
    card?.scrollIntoView({ block: 'nearest' });
  }, [focusRequest]);

  // A clicked highlight opens its thread; the button over the text starts one.
  const onHighlightClicked = useEffectEvent((threadId: string) => {
    const thread = threads.find((candidate) => candidate.id === threadId);
    if (thread) activate(thread, { reveal: false, focus: true });
  });
  const onNewThread = useEffectEvent((anchor: NewAnchor) => {
    setStatus('open');
    setDraft({ key: Date.now(), anchor });
  });
  useEffect(() => bridge.activated.listen((id) => onHighlightClicked(id)), [bridge]);
  useEffect(() => bridge.newThread.listen((anchor) => onNewThread(anchor)), [bridge]);

  // Ctrl/Cmd+Alt+M anywhere on the page (a read-only editor cannot hold the focus itself).
  const mayCreate = props.abilities.includes('comment:create');
  useEffect(() => {
    if (!mayCreate) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.code !== 'KeyM') return;
      event.preventDefault();
      const anchor = anchorFromSelection(editor.state);
      if (anchor) bridge.newThread.emit(anchor);
      else announce(t('comments.selectFirst'));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [editor, bridge, mayCreate, announce, t]);

  // ?thread=<id> (a notification's link) opens that thread once the threads are here.
  const [params] = useSearchParams();
  const wanted = params.get('thread');
  const opened = useRef<string | null>(null);
  const openWanted = useEffectEvent((id: string) => {
    const thread = threads.find((candidate) => candidate.id === id);
    if (!thread) return;
    opened.current = id;
    activate(thread, { reveal: true, focus: true });
  });
  useEffect(() => {
    if (wanted && opened.current !== wanted && highlights.ready) openWanted(wanted);
  }, [wanted, threads, highlights.ready]);

  const actions: ThreadActions = {
    reply: (threadId, body, mentions) => reply.mutateAsync({ threadId, body: { body, mentions } }),
    edit: (commentId, body, mentions) => edit.mutateAsync({ commentId, body: { body, mentions } }),
    remove: (commentId) => remove.mutateAsync(commentId),
    setStatus: async (threadId, next) => {
      await setThreadStatus.mutateAsync({ threadId, status: next });
      if (next === 'resolved' && activeId === threadId) setActiveId(null);
    },
  };

  async function submitDraft(body: string, mentions: Mention[]) {
    const anchor = draft?.anchor;
    const created = await create.mutateAsync({ ...(anchor ? { anchor } : {}), body, mentions });
    setDraft(null);
    setActiveId(created.thread.id);
    setFocusRequest({ id: created.thread.id });
    announce(t('comments.composer.saved'));
  }

  function onListKeyDown(event: ReactKeyboardEvent<HTMLElement>) {
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-thread-id]');
    const index = visible.findIndex(
      (thread) => thread.id === (current?.dataset.threadId ?? activeId),
    );
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = visible[Math.min(Math.max(index + step, 0), visible.length - 1)];
    if (next) activate(next, { reveal: true, focus: true });
  }

  const may = (thread: ThreadView) => ({
    reply: mayCreate,
    resolve:
      props.abilities.includes('comment:resolve') ||
      (mayCreate && thread.createdBy === viewer.userId),
    changeComment: (authorId: string) =>
      props.abilities.includes('comment:moderate') || (mayCreate && authorId === viewer.userId),
  });

  return (
    <section className="comments" aria-labelledby={headingId} data-testid="comments-panel">
      <div className="comments__header">
        <h2 id={headingId} className="comments__title">
          {t('comments.heading')}
        </h2>
        {mayCreate ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setStatus('open');
              setDraft({ key: Date.now(), anchor: null });
            }}
          >
            {t('comments.wholeDocument')}
          </button>
        ) : null}
      </div>
      <div className="comments__controls">
        <div role="group" aria-label={t('comments.status.label')} className="comments__status">
          {(['open', 'resolved'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className="comments__status-button"
              aria-pressed={status === value}
              onClick={() => setStatus(value)}
            >
              {t(`comments.status.${value}`, { count: counts[value] })}
            </button>
          ))}
        </div>
        <div className="comments__field">
          <label htmlFor={`${headingId}-scope`}>{t('comments.filter.label')}</label>
          <select
            id={`${headingId}-scope`}
            value={scopeValue}
            onChange={(event) => setScopeValue(event.target.value)}
          >
            <option value="all">{t('comments.filter.all')}</option>
            <option value="mine">{t('comments.filter.mine')}</option>
            <optgroup label={t('comments.filter.byOrganisation')}>
              {directory.organisations.map((organisation) => (
                <option key={organisation.id} value={`org:${organisation.id}`}>
                  {organisation.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div className="comments__field">
          <label htmlFor={`${headingId}-order`}>{t('comments.order.label')}</label>
          <select
            id={`${headingId}-order`}
            value={order}
            onChange={(event) => setOrder(event.target.value === 'time' ? 'time' : 'position')}
          >
            <option value="position">{t('comments.order.position')}</option>
            <option value="time">{t('comments.order.time')}</option>
          </select>
        </div>
      </div>
      {mayCreate ? (
        <SectionCommentPicker
          editor={editor}
          onChoose={(headingPos) => {
            const anchor = anchorFromSection(editor.state, headingPos);
            if (!anchor) return;
            setStatus('open');
            setDraft({ key: Date.now(), anchor });
          }}
        />
      ) : null}
      {draft ? (
        <section className="thread thread--draft" aria-label={t('comments.newThread')}>
          {draft.anchor ? (
            <blockquote className="thread__quote" aria-label={t('comments.thread.quote')}>
              {draft.anchor.quote}
            </blockquote>
          ) : (
            <p className="thread__whole">{t('comments.thread.aboutDocument')}</p>
          )}
          <CommentComposer
            key={draft.key}
            autoFocus
            label={t('comments.composer.label')}
            submitLabel={t('comments.composer.submit')}
            directory={directory}
            onSubmit={submitDraft}
            onCancel={() => setDraft(null)}
            testId="new-thread"
          />
        </section>
      ) : null}
      {query.error ? <p role="alert">{t('comments.loadFailed')}</p> : null}
      {query.isSuccess && visible.length === 0 ? (
        <p className="comments__empty">
          {threads.length === 0 ? t('comments.empty') : t('comments.emptyFiltered')}
        </p>
      ) : null}
      <p id={hintId} className="comments__hint">
        {t('comments.keyboardHint')}
      </p>
      <ol className="comments__list" aria-describedby={hintId} onKeyDown={onListKeyDown}>
        {visible.map((thread) => (
          <li key={thread.id}>
            <ThreadCard
              ref={(element) => {
                if (element) cards.current.set(thread.id, element);
                else cards.current.delete(thread.id);
              }}
              thread={thread}
              detached={isDetached(
                thread,
                highlights.ranges,
                highlights.ready && highlights.threads.some((h) => h.id === thread.id),
              )}
              active={thread.id === activeId}
              directory={directory}
              may={may(thread)}
              actions={actions}
              onActivate={(showInText) => activate(thread, { reveal: showInText, focus: false })}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
