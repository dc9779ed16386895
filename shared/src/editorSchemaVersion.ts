/**
 * The editor schema's version, sent by every browser editor when it opens a
 * document (the `schema` query parameter of the Yjs WebSocket URL) and checked
 * at the Yjs door (docs/ARCHITECTURE.md, "The schema version check").
 *
 * Why: y-prosemirror writes the whole node when it changes one, and drops
 * node types and attributes its schema does not know. A browser tab still
 * running an older client after a deploy would strip, say, a heading's
 * `sectionId` as soon as someone edits near it. Bump this number whenever a
 * node, mark or attribute is added, renamed or removed in editorSchemaExtensions
 * (shared/src/editor/extensions.ts);
 * older tabs are then told to reload before they may edit.
 *
 * This file has no dependencies, so the server's door and the client's
 * connection code can import it without loading the editor.
 */
export const EDITOR_SCHEMA_VERSION = 1;

/** Query parameter carrying EDITOR_SCHEMA_VERSION on the Yjs WebSocket URL. */
export const SCHEMA_VERSION_PARAM = 'schema';
