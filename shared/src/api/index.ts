export * from './common.js';
export * from './auth.js';
export * from './workspaces.js';
export * from './members.js';
export * from './documents.js';
export * from './accounts.js';
export * from './sessions.js';
export * from './activity.js';
