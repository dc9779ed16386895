export * from './realtime.js';
export * from './domain/index.js';
export * from './permissions.js';
export * from './templates/index.js';
export * from './api/index.js';
export * from './decisions/rules.js';
export * from './events.js';
export * from './awareness.js';
export { EDITOR_SCHEMA_VERSION, SCHEMA_VERSION_PARAM } from './editorSchemaVersion.js';
