/**
 * The outline beside the text: the document's headings (live, as people
 * type), a button each that jumps to the heading (scrolls it into view and
 * puts the caret in it), the current section marked with aria-current, and
 * per section its guiding questions behind a toggle, so they stay reachable
 * after the section has text. Below 60rem the outline sits above the text as
 * a disclosure. `sectionExtras` is the slot for per-section counts
 * (comments, decisions) once those exist.
 */
import type { DocumentTemplate } from '@samverka/shared';
import type { Editor } from '@tiptap/core';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../../i18n';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { useOutline } from '../hooks/useOutline';
import { questionsFor } from '../lib/guidingQuestions';
import type { OutlineItem } from '../lib/outline';

export const COMPACT_LAYOUT = '(max-width: 60rem)';

export function jumpTo(editor: Editor, item: OutlineItem) {
  // Caret at the end of the heading's text: typing continues the heading, Enter starts the section.
  const size = editor.state.doc.nodeAt(item.pos)?.content.size ?? 0;
  editor
    .chain()
    .setTextSelection(item.pos + 1 + size)
    .focus(undefined, { scrollIntoView: false })
    .run();
  const dom = editor.view.nodeDOM(item.pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start' });
}

/** Guiding questions of each level-2 heading, by heading text or (template-shaped docs) position. */
function questionsByKey(
  items: OutlineItem[],
  template: DocumentTemplate | null,
  language: Language,
): Map<string, string[]> {
  const sections = items.filter((item) => item.level === 2);
  const positionsHold = template !== null && sections.length === template.sections.length;
  const found = new Map<string, string[]>();
  sections.forEach((item, index) => {
    const questions = questionsFor(template, item.text, positionsHold ? index : null, language);
    if (questions) found.set(item.key, questions.split('\n'));
  });
  return found;
}

export function DocumentOutline(props: {
  editor: Editor;
  template: DocumentTemplate | null;
  language: Language;
  numbered: boolean;
  onNumberedChange: (numbered: boolean) => void;
  sectionExtras?: (item: OutlineItem) => ReactNode;
}) {
  const { editor, numbered } = props;
  const { t } = useTranslation();
  const { items, currentKey } = useOutline(editor);
  const compact = useMediaQuery(COMPACT_LAYOUT);
  const [expanded, setExpanded] = useState(false);
  const [openQuestions, setOpenQuestions] = useState<string | null>(null);
  const listId = useId();
  const questions = editor.isEditable
    ? questionsByKey(items, props.template, props.language)
    : new Map<string, string[]>();
  const showList = !compact || expanded;

  return (
    <nav className="outline" aria-label={t('editor.outline.label')} data-testid="outline">
      <h2 className="outline__title">
        {compact ? (
          <button
            type="button"
            className="outline__disclosure"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded(!expanded)}
          >
            <span className="outline__chevron" aria-hidden="true">
              {expanded ? '▾' : '▸'}
            </span>
            {t('editor.outline.toggle', { count: items.length })}
          </button>
        ) : (
          t('editor.outline.label')
        )}
      </h2>
      <div id={listId} hidden={!showList}>
        {items.length === 0 ? (
          <p className="outline__empty">{t('editor.outline.empty')}</p>
        ) : (
          <ol className="outline__list">
            {items.map((item) => {
              const itemQuestions = questions.get(item.key);
              const questionsId = `${listId}-q-${item.key}`;
              const label = numbered && item.number ? `${item.number} ${item.text}` : item.text;
              return (
                <li key={item.key} className={`outline__item outline__item--h${item.level}`}>
                  <div className="outline__row">
                    <button
                      type="button"
                      className="outline__link"
                      aria-current={item.key === currentKey ? 'location' : undefined}
                      onClick={() => {
                        jumpTo(editor, item);
                        if (compact) setExpanded(false);
                      }}
                    >
                      {label || '—'}
                    </button>
                    {props.sectionExtras?.(item)}
                    {itemQuestions ? (
                      <button
                        type="button"
                        className="outline__hint"
                        aria-label={t('editor.outline.questions', { heading: item.text })}
                        title={t('editor.outline.questions', { heading: item.text })}
                        aria-expanded={openQuestions === item.key}
                        aria-controls={questionsId}
                        onClick={() =>
                          setOpenQuestions(openQuestions === item.key ? null : item.key)
                        }
                      >
                        ?
                      </button>
                    ) : null}
                  </div>
                  {itemQuestions ? (
                    <ul
                      id={questionsId}
                      className="outline__questions"
                      hidden={openQuestions !== item.key}
                    >
                      {itemQuestions.map((question) => (
                        <li key={question}>{question}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
        <label className="outline__numbering">
          <input
            type="checkbox"
            checked={numbered}
            onChange={(event) => props.onNumberedChange(event.target.checked)}
          />
          {t('editor.outline.numbering')}
        </label>
      </div>
    </nav>
  );
}
