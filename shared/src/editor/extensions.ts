/**
 * The editor's schema as one Tiptap extension list, shared by the browser
 * editor and the server (which builds a ProseMirror schema from it with
 * getSchema, no DOM needed). Only extensions that define or keep content
 * belong here; what exists only in a view (collaboration binding, carets,
 * placeholders, guiding questions) is added by the client.
 *
 * Changing a node, mark or attribute here changes what is stored: bump
 * EDITOR_SCHEMA_VERSION (../editorSchemaVersion.ts) in the same change.
 */
import { getSchema } from '@tiptap/core';
import type { AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { Mention } from './mention.js';
import { SectionIds } from './sectionIds.js';

export interface EditorSchemaOptions {
  /** False in a read-only editor (see SectionIdsOptions.assign). Default true. */
  assignSectionIds?: boolean;
}

export function editorSchemaExtensions(options: EditorSchemaOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      // Collaboration brings its own undo that only reverts this user's changes.
      undoRedo: false,
      // Appending a paragraph on load would write into the shared doc from every client.
      trailingNode: false,
      heading: { levels: [1, 2, 3] },
      link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
    }),
    TableKit.configure({ table: { resizable: false } }),
    Mention,
    SectionIds.configure({ assign: options.assignSectionIds ?? true }),
  ];
}

let schema: Schema | null = null;

/** The ProseMirror schema of everything the editor can produce (built once). */
export function editorSchema(): Schema {
  schema ??= getSchema(editorSchemaExtensions());
  return schema;
}

// Re-exported so that every program importing this module also loads the extensions' declared
// editor commands (toggleBold, setLink, insertTable, ...) on Tiptap's command types.
export type { StarterKitOptions } from '@tiptap/starter-kit';
export type { TableKitOptions } from '@tiptap/extension-table';
