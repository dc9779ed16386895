/**
 * What the method REST tests (process, legal test, principles, procurement
 * follow-up) stand on: a real test server per store (SQLite, and MongoDB when
 * MONGODB_URL is set), the decision world's steering group and mandated
 * representatives (buildDecisionWorld), a viewer, and an API client.
 * useMethodWorld registers a fresh world before each test and closes it
 * after; read its fields inside tests and hooks only.
 */
import type { WorkspaceKind } from '@samverka/shared';
import { afterEach, beforeEach } from 'vitest';
import type { Store } from '../store/port.js';
import { apiClient } from './apiClient.js';
import type { ApiCall } from './apiClient.js';
import { buildDecisionWorld } from './decisionWorld.js';
import type { DecisionWorld } from './decisionWorld.js';
import { testMongoUrl } from './mongoTestStore.js';
import type { TestAccess } from './testAccess.js';
import { startTestServer, startTestServerOnMongo } from './testServer.js';
import type { TestServer } from './testServer.js';

export interface MethodStore {
  name: string;
  start(): Promise<TestServer<Store>>;
}

/** For describe.each: SQLite always, MongoDB too when MONGODB_URL is set. */
export function methodStores(): MethodStore[] {
  const mongoUrl = testMongoUrl();
  return [
    { name: 'SQLite', start: () => startTestServer() },
    ...(mongoUrl ? [{ name: 'MongoDB', start: () => startTestServerOnMongo(mongoUrl) }] : []),
  ];
}

export interface MethodWorld {
  server: TestServer<Store>;
  api: ApiCall;
  world: DecisionWorld;
  /** A member with the viewer role in the municipality. */
  viewer: TestAccess;
  /** The workspace id. */
  ws: string;
}

export function useMethodWorld(
  store: MethodStore,
  options: { workspaceKind?: WorkspaceKind } = {},
): MethodWorld {
  let current: MethodWorld | undefined;
  beforeEach(async () => {
    const server = await store.start();
    const world = await buildDecisionWorld(server);
    const viewer = await server.access.addMember('viewer', 'Vera Läsare');
    const ws = server.access.workspaceId;
    if (options.workspaceKind) {
      await server.store.workspaces.update(ws, { kind: options.workspaceKind });
    }
    current = { server, api: apiClient(server.url), world, viewer, ws };
  });
  afterEach(async () => {
    await current?.server.close();
    current = undefined;
  });
  const now = (): MethodWorld => {
    if (!current) throw new Error('useMethodWorld: read the world inside a test or a hook');
    return current;
  };
  return {
    get server() {
      return now().server;
    },
    get api() {
      return now().api;
    },
    get world() {
      return now().world;
    },
    get viewer() {
      return now().viewer;
    },
    get ws() {
      return now().ws;
    },
  };
}
