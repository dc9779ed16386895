// Add, change or remove a link on the current selection.
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Dialog } from '../../../components/Dialog';
import { TextField } from '../../../components/form/fields';

export function LinkDialog({
  editor,
  open,
  onClose,
}: {
  editor: Editor;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('editor.link.title')} onClose={onClose}>
      <LinkForm editor={editor} onDone={onClose} />
    </Dialog>
  );
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const { t } = useTranslation();
  const existing = editor.getAttributes('link').href as string | undefined;
  const [href, setHref] = useState(existing ?? 'https://');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = href.trim();
    if (trimmed === '' || trimmed === 'https://') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: trimmed }).run();
    }
    onDone();
  };

  return (
    <form onSubmit={submit} className="form">
      <TextField
        label={t('editor.link.address')}
        type="url"
        value={href}
        onChange={setHref}
        autoFocus
      />
      <div className="form__actions">
        <button type="submit" className="button">
          {t('editor.link.save')}
        </button>
        {existing ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              onDone();
            }}
          >
            {t('editor.link.remove')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
