// The editor's schema, shared by client and server: import '@samverka/shared/editor'.
export * from './version.js';
export * from './extensions.js';
export * from './mention.js';
export * from './sectionIds.js';
export * from './sectionText.js';
