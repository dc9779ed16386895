/**
 * One comment in a thread: author, organisation and time, the text with its
 * mentions shown by current name, "(redigerad)" once edited. A deleted
 * comment keeps its place and says so. Its author (or an admin) edits and
 * deletes it.
 */
import type { Comment, Mention } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { formatDateTime, uiLanguage } from '../../../lib/format';
import { bodyParts } from '../lib/mentions';
import type { Directory } from '../lib/mentions';
import { CommentComposer } from './CommentComposer';

export interface CommentActions {
  edit: (commentId: string, body: string, mentions: Mention[]) => Promise<unknown>;
  remove: (commentId: string) => Promise<unknown>;
}

export function nameOfMention(mention: Mention, directory: Directory): string | undefined {
  const list = mention.kind === 'person' ? directory.people : directory.organisations;
  return list.find((target) => target.id === mention.id)?.name;
}

export function CommentItem(props: {
  comment: Comment;
  directory: Directory;
  mayChange: boolean;
  actions: CommentActions;
}) {
  const { comment, directory } = props;
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const author =
    directory.people.find((person) => person.id === comment.authorId)?.name ??
    t('comments.item.unknownPerson');
  const organisation = directory.organisations.find((o) => o.id === comment.organisationId)?.name;
  const mentioned = comment.mentions
    .map((mention) => nameOfMention(mention, directory))
    .filter((name): name is string => name !== undefined);

  return (
    <li className="comment" data-testid="comment">
      <p className="comment__meta">
        <span className="comment__author">{author}</span>
        {organisation ? (
          <span className="comment__organisation"> · {organisation}</span>
        ) : null}{' '}
        <time dateTime={comment.createdAt} className="comment__time">
          {formatDateTime(comment.createdAt, uiLanguage(i18n.language))}
        </time>
        {comment.editedAt && !comment.deletedAt ? (
          <span className="comment__edited"> {t('comments.item.edited')}</span>
        ) : null}
      </p>
      {comment.deletedAt ? (
        <p className="comment__deleted">{t('comments.item.deleted')}</p>
      ) : editing ? (
        <CommentComposer
          label={t('comments.item.editLabel')}
          submitLabel={t('comments.composer.save')}
          directory={directory}
          initialBody={comment.body}
          autoFocus
          onSubmit={async (body, mentions) => {
            await props.actions.edit(comment.id, body, mentions);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p className="comment__body">
            {bodyParts(comment.body, mentioned).map((part, index) =>
              part.mention ? (
                <strong key={index} className="comment__mention">
                  {part.text}
                </strong>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
          {mentioned.length > 0 ? (
            <p className="comment__mentions">
              {t('comments.item.mentions')}: {mentioned.join(', ')}
            </p>
          ) : null}
        </>
      )}
      {props.mayChange && !comment.deletedAt && !editing ? (
        <div className="comment__actions">
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {t('comments.item.edit')}
          </button>
          <button type="button" className="link-button" onClick={() => setConfirming(true)}>
            {t('comments.item.delete')}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('comments.item.delete')}
        message={t('comments.item.confirmDelete')}
        confirmLabel={t('comments.item.delete')}
        onConfirm={() => {
          setConfirming(false);
          void props.actions.remove(comment.id);
        }}
        onClose={() => setConfirming(false)}
      />
    </li>
  );
}
