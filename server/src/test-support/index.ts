// Test helpers shared by every server test suite (not part of the build).
export { startTestServer } from './testServer.js';
export type { StartTestServerOptions, TestServer } from './testServer.js';
export { connectProvider } from './providers.js';
export type { ConnectProviderOptions, ProviderClient } from './providers.js';
export { connectRaw } from './rawClient.js';
export type { RawClient } from './rawClient.js';
export { spawnServerProcess } from './serverProcess.js';
export type { ServerProcess } from './serverProcess.js';
export { waitFor, nextEvent } from './waitFor.js';
export type { WaitForOptions } from './waitFor.js';
export { makeTempDir } from './tempDir.js';
export { seedTestAccess } from './testAccess.js';
export { apiClient, sessionCookieFrom } from './apiClient.js';
export type { ApiCall, ApiCallOptions, ApiResult } from './apiClient.js';
export type { TestAccess } from './testAccess.js';
export type { TempDir } from './tempDir.js';
export * as frames from './frames.js';
export * as awarenessStates from './awarenessStates.js';
