// The editor's schema, shared by client and server: import '@samverka/shared/editor'.
// Its version (EDITOR_SCHEMA_VERSION) is in the main entry, '@samverka/shared', so the Yjs door
// and the connection code need not load the editor.
export * from './extensions.js';
export * from './mention.js';
export * from './sectionIds.js';
export * from './sectionText.js';
