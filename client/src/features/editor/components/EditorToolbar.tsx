// The formatting toolbar: a labelled role=toolbar of buttons with pressed state and shortcuts.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { toolbarGroups } from '../lib/toolbarActions';
import type { ToolbarActionId } from '../lib/toolbarActions';
import { LinkDialog } from './LinkDialog';
import { ToolbarIcon } from './ToolbarIcon';

type ButtonState = Record<ToolbarActionId, { active: boolean; enabled: boolean }>;

function readButtonState(editor: Editor): ButtonState {
  const state = {} as ButtonState;
  for (const action of toolbarGroups.flat()) {
    state[action.id] = {
      active: action.isActive?.(editor) ?? false,
      enabled: action.isEnabled?.(editor) ?? true,
    };
  }
  return state;
}

function sameState(a: ButtonState | null, b: ButtonState | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => readButtonState(current),
    equalityFn: sameState,
  });

  return (
    <div className="toolbar toolbar--format" role="toolbar" aria-label={t('editor.toolbar.label')}>
      {toolbarGroups.map((group, index) => (
        <div className="toolbar__group" key={index}>
          {group.map((action) => {
            const label = t(`editor.toolbar.${action.id}`);
            const title = action.shortcut ? `${label} (${action.shortcut})` : label;
            const toggle = action.isActive !== undefined;
            return (
              <button
                key={action.id}
                type="button"
                className={`toolbar__button toolbar__button--${action.id}`}
                aria-label={label}
                title={title}
                aria-pressed={toggle ? (state?.[action.id].active ?? false) : undefined}
                disabled={!(state?.[action.id].enabled ?? true)}
                onClick={() => (action.id === 'link' ? setLinkOpen(true) : action.run?.(editor))}
              >
                <ToolbarIcon id={action.id} glyph={action.glyph} />
              </button>
            );
          })}
        </div>
      ))}
      <LinkDialog editor={editor} open={linkOpen} onClose={() => setLinkOpen(false)} />
    </div>
  );
}
