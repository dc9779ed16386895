// A version's content (ProseMirror JSON from the server) rendered with the shared editor
// schema, read-only: exactly the nodes and marks people edit, nothing to type into.
import type { ProseMirrorJson } from '@samverka/shared';
import { editorSchemaExtensions } from '@samverka/shared/editor';
import { EditorContent, useEditor } from '@tiptap/react';

export function ReadOnlyDocument({ content, label }: { content: ProseMirrorJson; label: string }) {
  const editor = useEditor(
    {
      extensions: editorSchemaExtensions({ assignSectionIds: false }),
      content,
      editable: false,
      editorProps: {
        attributes: {
          class: 'prose',
          role: 'document',
          'aria-label': label,
          'data-testid': 'version-content',
        },
      },
    },
    [content],
  );
  return <EditorContent editor={editor} className="history__document" />;
}
