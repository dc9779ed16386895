/**
 * A comment's text box: plain text with @mentions. "Nämn någon" inserts
 * "@Name " at the caret; on sending, the mentions are read from the text
 * against the workspace's people and organisations, so what is sent is ids.
 * Ctrl/Cmd+Enter sends; Escape cancels when there is something to cancel.
 */
import type { Mention } from '@samverka/shared';
import { COMMENT_BODY_MAX } from '@samverka/shared';
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { mentionsIn } from '../lib/mentions';
import type { Directory } from '../lib/mentions';

export function CommentComposer(props: {
  label: string;
  submitLabel: string;
  directory: Directory;
  initialBody?: string;
  /** Focus the text box when it appears (a new thread, an edit). */
  autoFocus?: boolean;
  onSubmit: (body: string, mentions: Mention[]) => Promise<unknown>;
  onCancel?: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState(props.initialBody ?? '');
  const [failed, setFailed] = useState(false);
  const [pending, setPending] = useState(false);
  const area = useRef<HTMLTextAreaElement | null>(null);

  const autoFocus = props.autoFocus ?? false;
  useEffect(() => {
    if (autoFocus) area.current?.focus();
  }, [autoFocus]);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const text = body.trim();
    if (text === '' || pending) return;
    setPending(true);
    setFailed(false);
    try {
      await props.onSubmit(text, mentionsIn(text, props.directory));
      setBody('');
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  }

  function insertMention(name: string) {
    const element = area.current;
    const start = element?.selectionStart ?? body.length;
    const end = element?.selectionEnd ?? body.length;
    const before = body.slice(0, start);
    const token = `${before === '' || /\s$/.test(before) ? '' : ' '}@${name} `;
    const next = before + token + body.slice(end);
    setBody(next);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
    if (event.key === 'Escape' && props.onCancel) {
      event.stopPropagation();
      props.onCancel();
    }
  }

  const { people, organisations } = props.directory;
  return (
    <form className="composer" onSubmit={(event) => void submit(event)} data-testid={props.testId}>
      <label htmlFor={`${id}-body`} className="composer__label">
        {props.label}
      </label>
      <textarea
        id={`${id}-body`}
        ref={area}
        className="composer__input"
        rows={3}
        maxLength={COMMENT_BODY_MAX}
        value={body}
        aria-describedby={`${id}-hint`}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="composer__hint">
        {t('comments.composer.hint')}
      </p>
      {failed ? (
        <p role="alert" className="composer__problem">
          {t('comments.composer.failed')}
        </p>
      ) : null}
      <div className="composer__actions">
        <label className="visually-hidden" htmlFor={`${id}-mention`}>
          {t('comments.composer.mention')}
        </label>
        <select
          id={`${id}-mention`}
          className="composer__mention"
          value=""
          onChange={(event) => {
            if (event.target.value) insertMention(event.target.value);
          }}
        >
          <option value="">{t('comments.composer.mention')}</option>
          <optgroup label={t('comments.composer.people')}>
            {people.map((person) => (
              <option key={person.id} value={person.name}>
                {person.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('comments.composer.organisations')}>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.name}>
                {organisation.name}
              </option>
            ))}
          </optgroup>
        </select>
        {props.onCancel ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={props.onCancel}
          >
            {t('common.cancel')}
          </button>
        ) : null}
        <button
          type="submit"
          className="button button--small"
          disabled={pending || body.trim() === ''}
        >
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
