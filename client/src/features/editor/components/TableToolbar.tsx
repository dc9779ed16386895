/**
 * Table controls, shown while the selection is in a table. Keyboard: Tab
 * moves between cells inside a table, so Alt+F10 (as in other editors)
 * jumps from the text to this toolbar, arrow keys move between its buttons,
 * and Escape returns to the cell. A command returns focus to the text.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { tableActionGroups, tableHasHeaderRow } from '../lib/tableActions';
import type { TableActionId } from '../lib/tableActions';

interface TableState {
  inTable: boolean;
  header: boolean;
  enabled: Record<TableActionId, boolean>;
}

function readTableState(editor: Editor): TableState {
  const inTable = editor.isActive('table');
  const enabled = {} as Record<TableActionId, boolean>;
  for (const action of tableActionGroups.flat()) enabled[action.id] = inTable && action.can(editor);
  return { inTable, header: inTable && tableHasHeaderRow(editor), enabled };
}

/** Arrow keys, Home and End move focus among the toolbar's buttons (roving focus). */
function moveFocus(event: KeyboardEvent<HTMLDivElement>, editor: Editor) {
  if (event.key === 'Escape') {
    event.preventDefault();
    editor.commands.focus();
    return;
  }
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = [
    ...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
  ];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : (index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
  event.preventDefault();
  buttons[next]?.focus();
}

export function TableToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => readTableState(current),
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  if (!state?.inTable) return null;

  return (
    <div
      className="toolbar toolbar--table"
      role="toolbar"
      aria-label={t('editor.table.label')}
      aria-keyshortcuts="Alt+F10"
      data-testid="table-toolbar"
      onKeyDown={(event) => moveFocus(event, editor)}
    >
      <span className="toolbar__caption" aria-hidden="true">
        {t('editor.table.label')}
      </span>
      {tableActionGroups.map((group, index) => (
        <div className="toolbar__group" key={index}>
          {group.map((action) => (
            <button
              key={action.id}
              type="button"
              className="toolbar__button toolbar__button--text"
              aria-pressed={action.id === 'toggleHeaderRow' ? state.header : undefined}
              disabled={!state.enabled[action.id]}
              onClick={() => action.run(editor)}
            >
              {t(`editor.table.${action.id}`)}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
