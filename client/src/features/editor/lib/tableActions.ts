// The table controls: shown while the selection is in a table, each a Tiptap table command.
import type { Editor } from '@tiptap/core';

export type TableActionId =
  | 'addRowBefore'
  | 'addRowAfter'
  | 'deleteRow'
  | 'addColumnBefore'
  | 'addColumnAfter'
  | 'deleteColumn'
  | 'toggleHeaderRow'
  | 'deleteTable';

export interface TableAction {
  id: TableActionId;
  run: (editor: Editor) => boolean;
  can: (editor: Editor) => boolean;
}

export const tableActionGroups: TableAction[][] = [
  [
    {
      id: 'addRowBefore',
      run: (e) => e.chain().focus().addRowBefore().run(),
      can: (e) => e.can().addRowBefore(),
    },
    {
      id: 'addRowAfter',
      run: (e) => e.chain().focus().addRowAfter().run(),
      can: (e) => e.can().addRowAfter(),
    },
    {
      id: 'deleteRow',
      run: (e) => e.chain().focus().deleteRow().run(),
      can: (e) => e.can().deleteRow(),
    },
  ],
  [
    {
      id: 'addColumnBefore',
      run: (e) => e.chain().focus().addColumnBefore().run(),
      can: (e) => e.can().addColumnBefore(),
    },
    {
      id: 'addColumnAfter',
      run: (e) => e.chain().focus().addColumnAfter().run(),
      can: (e) => e.can().addColumnAfter(),
    },
    {
      id: 'deleteColumn',
      run: (e) => e.chain().focus().deleteColumn().run(),
      can: (e) => e.can().deleteColumn(),
    },
  ],
  [
    {
      id: 'toggleHeaderRow',
      run: (e) => e.chain().focus().toggleHeaderRow().run(),
      can: (e) => e.can().toggleHeaderRow(),
    },
    {
      id: 'deleteTable',
      run: (e) => e.chain().focus().deleteTable().run(),
      can: (e) => e.can().deleteTable(),
    },
  ],
];

/** Whether the table around the selection starts with a header row (the toggle's pressed state). */
export function tableHasHeaderRow(editor: Editor): boolean {
  const { $from } = editor.state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name === 'table') return node.firstChild?.firstChild?.type.name === 'tableHeader';
  }
  return false;
}
