// GET /api/documents/:id/sections through the real server: the stored document's
// headings with their section ids and levels, in order, for members only.
import type { DocumentSectionsResponse } from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, seedTestAccess, startTestServer } from '../../test-support/index.js';
import type { ApiCall, TestServer } from '../../test-support/index.js';
import {
  buildDecisionWorld,
  CLAUSE_ID,
  DOCUMENT_ID,
  OTHER_ID,
} from '../../test-support/decisionWorld.js';
import type { DecisionWorld } from '../../test-support/decisionWorld.js';
import type { Store } from '../../store/port.js';

describe('document sections', () => {
  let server: TestServer<Store>;
  let api: ApiCall;
  let world: DecisionWorld;

  beforeEach(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
    world = await buildDecisionWorld(server);
  });
  afterEach(() => server.close());

  it('lists the sections of the stored document to a member who can read it', async () => {
    const answer = await api<DocumentSectionsResponse>(
      'GET',
      `/documents/${DOCUMENT_ID}/sections`,
      { token: world.referenceMember.token },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.sections).toEqual([
      { sectionId: CLAUSE_ID, heading: 'Parternas insatser och resurser', level: 2 },
      { sectionId: OTHER_ID, heading: 'Uppföljning', level: 2 },
    ]);
  });

  it('refuses someone outside the workspace and answers 404 for an unknown document', async () => {
    const outsider = await seedTestAccess(server.store);
    const refused = await api('GET', `/documents/${DOCUMENT_ID}/sections`, {
      token: outsider.token,
    });
    expect(refused.status).toBe(403);
    const unknown = await api('GET', '/documents/no-such-document/sections', {
      token: world.coordinator.token,
    });
    expect(unknown.status).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, { get?: object }>;
    };
    expect(doc.paths['/api/documents/{documentId}/sections']?.get).toBeDefined();
  });
});
