/**
 * One thread in the panel: what it is about (the quoted text, "den
 * kommenterade texten har tagits bort" when that text is gone, or the
 * document as a whole), its comments, a reply box while it is the active
 * thread, and resolve/reopen for those allowed. The card itself takes focus
 * (tabIndex -1) when its highlight is clicked or the keyboard moves to it.
 */
import type { Mention, ThreadView } from '@samverka/shared';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime, uiLanguage } from '../../../lib/format';
import type { Directory } from '../lib/mentions';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import type { CommentActions } from './CommentItem';

export interface ThreadActions extends CommentActions {
  reply: (threadId: string, body: string, mentions: Mention[]) => Promise<unknown>;
  setStatus: (threadId: string, status: 'open' | 'resolved') => Promise<unknown>;
}

export interface ThreadPermissions {
  reply: boolean;
  resolve: boolean;
  changeComment: (authorId: string) => boolean;
}

export const ThreadCard = forwardRef<
  HTMLElement,
  {
    thread: ThreadView;
    detached: boolean;
    active: boolean;
    directory: Directory;
    may: ThreadPermissions;
    actions: ThreadActions;
    onActivate: (reveal: boolean) => void;
  }
>(function ThreadCard(props, ref) {
  const { thread, directory, may, actions } = props;
  const { t, i18n } = useTranslation();
  const starter =
    directory.people.find((person) => person.id === thread.createdBy)?.name ??
    t('comments.item.unknownPerson');
  const resolver = directory.people.find((person) => person.id === thread.resolvedBy)?.name;
  const headingId = `thread-${thread.id}-heading`;

  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`thread${props.active ? ' thread--active' : ''}${thread.status === 'resolved' ? ' thread--resolved' : ''}`}
      aria-labelledby={headingId}
      aria-current={props.active ? 'true' : undefined}
      data-thread-id={thread.id}
      data-testid="thread"
      onClick={(event) => {
        // A click anywhere on the card (not on its own controls) makes it the active thread.
        const target = event.target as HTMLElement;
        if (!props.active && !target.closest('button, a, textarea, select, input')) {
          props.onActivate(false);
        }
      }}
    >
      <h3 id={headingId} className="visually-hidden">
        {t('comments.thread.label', { name: starter })}
      </h3>
      {thread.anchor ? (
        <>
          {props.detached ? (
            <p className="thread__detached" data-testid="thread-detached">
              {t('comments.thread.detached')}
            </p>
          ) : null}
          <blockquote className="thread__quote" aria-label={t('comments.thread.quote')}>
            {thread.anchor.quote}
          </blockquote>
        </>
      ) : (
        <p className="thread__whole">{t('comments.thread.aboutDocument')}</p>
      )}
      <ol className="thread__comments">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            directory={directory}
            mayChange={may.changeComment(comment.authorId)}
            actions={actions}
          />
        ))}
      </ol>
      {thread.status === 'resolved' ? (
        <p className="thread__resolved">
          {t('comments.thread.resolvedBy', {
            name: resolver ?? t('comments.item.unknownPerson'),
            time: thread.resolvedAt
              ? formatDateTime(thread.resolvedAt, uiLanguage(i18n.language))
              : '',
          })}
        </p>
      ) : null}
      <div className="thread__actions">
        {thread.anchor && !props.detached ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => props.onActivate(true)}
          >
            {t('comments.thread.showInText')}
          </button>
        ) : null}
        {may.reply && thread.status === 'open' && !props.active ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => props.onActivate(false)}
          >
            {t('comments.composer.reply')}
          </button>
        ) : null}
        {may.resolve ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() =>
              void actions.setStatus(thread.id, thread.status === 'open' ? 'resolved' : 'open')
            }
          >
            {thread.status === 'open' ? t('comments.thread.resolve') : t('comments.thread.reopen')}
          </button>
        ) : null}
      </div>
      {may.reply && thread.status === 'open' && props.active ? (
        <CommentComposer
          label={t('comments.composer.replyLabel')}
          submitLabel={t('comments.composer.reply')}
          directory={directory}
          onSubmit={(body, mentions) => actions.reply(thread.id, body, mentions)}
          testId="reply-composer"
        />
      ) : null}
    </article>
  );
});
