/**
 * Find in document: a search field whose matches the Find plugin highlights;
 * Enter / Shift+Enter (or the buttons) step through them, Escape closes the
 * bar, selects the current match and returns to the text.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { findMatches, matchIndexFrom, readFindState, setFind } from '../lib/find';

function revealCurrent(editor: Editor) {
  const current = editor.view.dom.querySelector('.find-match--current');
  current?.scrollIntoView({ block: 'center' });
}

export function FindBar({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const find = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const state = readFindState(current.state);
      return { query: state.query, total: state.matches.length, current: state.current };
    },
    equalityFn: (a, b) =>
      a !== null &&
      b !== null &&
      a.query === b.query &&
      a.total === b.total &&
      a.current === b.current,
  });

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
    // Closing (unmounting) clears the highlights.
    return () => {
      if (!editor.isDestroyed) editor.view.dispatch(setFind(editor.state, { query: '' }));
    };
  }, [editor]);

  const total = find?.total ?? 0;
  const current = find?.current ?? -1;

  function search(query: string) {
    const start = matchIndexFrom(findMatches(editor.state.doc, query), editor.state.selection.from);
    editor.view.dispatch(setFind(editor.state, { query, current: start }));
    revealCurrent(editor);
  }

  function step(by: number) {
    if (total === 0) return;
    editor.view.dispatch(setFind(editor.state, { current: (current + by + total) % total }));
    revealCurrent(editor);
  }

  function close() {
    const match = readFindState(editor.state).matches[current];
    onClose();
    if (match) editor.chain().setTextSelection(match).focus().run();
    else editor.commands.focus();
  }

  return (
    <div className="find" role="search" aria-label={t('editor.find.label')} data-testid="find-bar">
      <label className="visually-hidden" htmlFor="find-query">
        {t('editor.find.query')}
      </label>
      <input
        ref={input}
        id="find-query"
        className="find__input"
        type="search"
        value={find?.query ?? ''}
        placeholder={t('editor.find.query')}
        onChange={(event) => search(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      />
      <span className="find__count" role="status" data-testid="find-count">
        {find?.query
          ? total === 0
            ? t('editor.find.none')
            : t('editor.find.count', { current: current + 1, total })
          : ''}
      </span>
      <button
        type="button"
        className="toolbar__button"
        aria-label={t('editor.find.previous')}
        title={`${t('editor.find.previous')} (Shift+Enter)`}
        disabled={total === 0}
        onClick={() => step(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="toolbar__button"
        aria-label={t('editor.find.next')}
        title={`${t('editor.find.next')} (Enter)`}
        disabled={total === 0}
        onClick={() => step(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="toolbar__button"
        aria-label={t('editor.find.close')}
        title={`${t('editor.find.close')} (Esc)`}
        onClick={close}
      >
        ✕
      </button>
    </div>
  );
}
