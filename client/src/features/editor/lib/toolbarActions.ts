/**
 * Toolbar operations as data: one entry per button (label key, glyph,
 * shortcut, active test, command), so the toolbar renders a list and the
 * keyboard shortcuts stay Tiptap's own.
 */
import type { Editor } from '@tiptap/core';

export type ToolbarActionId =
  | 'heading2'
  | 'heading3'
  | 'bold'
  | 'italic'
  | 'bulletList'
  | 'orderedList'
  | 'table'
  | 'link'
  | 'undo'
  | 'redo';

export interface ToolbarAction {
  id: ToolbarActionId;
  glyph: string;
  shortcut?: string;
  /** Toggle buttons expose aria-pressed. */
  isActive?: (editor: Editor) => boolean;
  isEnabled?: (editor: Editor) => boolean;
  run?: (editor: Editor) => void;
}

export const toolbarGroups: ToolbarAction[][] = [
  [
    {
      id: 'heading2',
      glyph: 'H2',
      shortcut: 'Ctrl+Alt+2',
      isActive: (e) => e.isActive('heading', { level: 2 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      id: 'heading3',
      glyph: 'H3',
      shortcut: 'Ctrl+Alt+3',
      isActive: (e) => e.isActive('heading', { level: 3 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    },
  ],
  [
    {
      id: 'bold',
      glyph: 'B',
      shortcut: 'Ctrl+B',
      isActive: (e) => e.isActive('bold'),
      run: (e) => e.chain().focus().toggleBold().run(),
    },
    {
      id: 'italic',
      glyph: 'I',
      shortcut: 'Ctrl+I',
      isActive: (e) => e.isActive('italic'),
      run: (e) => e.chain().focus().toggleItalic().run(),
    },
  ],
  [
    {
      id: 'bulletList',
      glyph: '•',
      shortcut: 'Ctrl+Shift+8',
      isActive: (e) => e.isActive('bulletList'),
      run: (e) => e.chain().focus().toggleBulletList().run(),
    },
    {
      id: 'orderedList',
      glyph: '1.',
      shortcut: 'Ctrl+Shift+7',
      isActive: (e) => e.isActive('orderedList'),
      run: (e) => e.chain().focus().toggleOrderedList().run(),
    },
    {
      id: 'table',
      glyph: '▦',
      isEnabled: (e) => !e.isActive('table'),
      run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
    // Link opens a dialog; the toolbar component handles it.
    { id: 'link', glyph: 'L', isActive: (e) => e.isActive('link') },
  ],
  [
    {
      id: 'undo',
      glyph: '↶',
      shortcut: 'Ctrl+Z',
      isEnabled: (e) => e.can().undo(),
      run: (e) => e.chain().focus().undo().run(),
    },
    {
      id: 'redo',
      glyph: '↷',
      shortcut: 'Ctrl+Shift+Z',
      isEnabled: (e) => e.can().redo(),
      run: (e) => e.chain().focus().redo().run(),
    },
  ],
];
