/**
 * "Kommentera ett avsnitt": pick a heading, then comment on that section.
 * The keyboard way to anchor a comment for someone whose editor is read-only
 * (no caret to select text with); a button, not the select's change, starts
 * it, since arrow keys change a closed select's value.
 */
import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

function headingsOf(editor: Editor): { pos: number; text: string }[] {
  const headings: { pos: number; text: string }[] = [];
  editor.state.doc.forEach((node, offset) => {
    const text = node.textContent.trim();
    if (node.type.name === 'heading' && text !== '') headings.push({ pos: offset, text });
  });
  return headings;
}

export function SectionCommentPicker(props: { editor: Editor; onChoose: (pos: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState('');
  const headings = headingsOf(props.editor);
  if (headings.length === 0) return null;
  return (
    <div className="comments__field comments__section-picker">
      <label htmlFor={id}>{t('comments.section.label')}</label>
      <div className="comments__section-row">
        <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{t('comments.section.choose')}</option>
          {headings.map((heading) => (
            <option key={heading.pos} value={heading.pos}>
              {heading.text}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={chosen === ''}
          onClick={() => {
            props.onChoose(Number(chosen));
            setChosen('');
          }}
        >
          {t('comments.section.submit')}
        </button>
      </div>
    </div>
  );
}
