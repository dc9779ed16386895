// Drift of the wording a decision approved, through the real server on each
// store: after two stock y-websocket clients edit the approved clause at the
// same time, the decision shows the section changed with a word diff of the
// approved wording against now, positions given earlier are marked as given
// on wording that has since changed, the editor's list flags the section,
// and "Ta upp på nytt" drafts a follow-up on the changed section only.
// Formatting-only edits do not count as changed wording.
import type {
  DecisionResponse,
  DocumentDecisionListResponse,
  WordDiffPart,
} from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { EDITOR_FRAGMENT } from '../../services/templateContent.js';
import {
  apiClient,
  connectProvider,
  startTestServer,
  startTestServerOnMongo,
  waitFor,
} from '../../test-support/index.js';
import type { ApiCall, ProviderClient, TestServer } from '../../test-support/index.js';
import { testMongoUrl } from '../../test-support/mongoTestStore.js';
import {
  buildDecisionWorld,
  CLAUSE_ID,
  DOCUMENT_ID,
  OTHER_ID,
} from '../../test-support/decisionWorld.js';
import type { DecisionWorld } from '../../test-support/decisionWorld.js';
import type { Store } from '../../store/port.js';

const mongoUrl = testMongoUrl();
const stores: { name: string; start(): Promise<TestServer<Store>> }[] = [
  { name: 'SQLite', start: () => startTestServer() },
  ...(mongoUrl ? [{ name: 'MongoDB', start: () => startTestServerOnMongo(mongoUrl) }] : []),
];

/** The clause's paragraph text node (second block of the document). */
function clauseText(doc: Y.Doc): Y.XmlText {
  const paragraph = doc.getXmlFragment(EDITOR_FRAGMENT).get(1) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

const joined = (parts: readonly WordDiffPart[], kind: WordDiffPart['kind']) =>
  parts
    .filter((part) => part.kind === kind)
    .map((part) => part.text)
    .join('');

describe.each(stores)('decision drift after concurrent edits ($name)', ({ start }) => {
  let server: TestServer<Store>;
  let api: ApiCall;
  let world: DecisionWorld;
  const clients: ProviderClient[] = [];

  beforeEach(async () => {
    server = await start();
    api = apiClient(server.url);
    world = await buildDecisionWorld(server);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  async function openDecision(): Promise<string> {
    const created = await api<DecisionResponse>(
      'POST',
      `/workspaces/${server.access.workspaceId}/decisions`,
      {
        token: world.coordinator.token,
        body: {
          bodyId: world.steeringGroup,
          type: 'document_approval',
          title: 'Parternas insatser och resurser',
          rule: { kind: 'consent_all_parties' },
          subject: { documentId: DOCUMENT_ID, sectionIds: [CLAUSE_ID, OTHER_ID] },
        },
      },
    );
    const id = created.body.decision.decision.id;
    await api('POST', `/decisions/${id}/open`, { token: world.coordinator.token });
    return id;
  }

  const view = async (id: string) =>
    (await api<DecisionResponse>('GET', `/decisions/${id}`, { token: world.fkRep.token })).body
      .decision;

  it('shows the changed clause with a word diff, marks earlier positions, and takes it up again', async () => {
    const id = await openDecision();
    await api('PUT', `/decisions/${id}/positions/${world.fk}`, {
      token: world.fkRep.token,
      body: { position: 'approve' },
    });
    expect((await view(id)).drift.changed).toBe(false);

    // Two editors (stock clients) change the clause at the same time.
    const first = connectProvider(server.wsUrl, DOCUMENT_ID, { params: world.coordinator.params });
    const second = connectProvider(server.wsUrl, DOCUMENT_ID, { params: world.kommunRep.params });
    clients.push(first, second);
    await Promise.all([first.whenSynced(), second.whenSynced()]);
    const before = clauseText(first.doc).toString();
    clauseText(first.doc).insert(0, 'Från 2027: ');
    const volunteers = clauseText(second.doc).toString().indexOf('volontärer');
    clauseText(second.doc).delete(volunteers, 'volontärer'.length);
    clauseText(second.doc).insert(volunteers, 'tre samordnare');
    const expected = 'Från 2027: ' + before.replace('volontärer', 'tre samordnare');
    await waitFor(
      () =>
        clauseText(first.doc).toString() === expected &&
        clauseText(second.doc).toString() === expected,
      { message: 'both clients converge' },
    );

    // The server broadcast both edits only once stored: the drift is visible now.
    const drifted = await view(id);
    expect(drifted.drift.changed).toBe(true);
    const [clause, other] = drifted.drift.sections;
    expect(other).toMatchObject({ sectionId: OTHER_ID, status: 'unchanged' });
    expect(clause).toMatchObject({ sectionId: CLAUSE_ID, status: 'changed' });
    expect(clause!.currentWording).toBe(`Parternas insatser och resurser\n${expected}`);
    expect(joined(clause!.diff.parts, 'insert')).toContain('Från 2027:');
    expect(joined(clause!.diff.parts, 'insert')).toContain('tre samordnare');
    expect(joined(clause!.diff.parts, 'delete')).toContain('volontärer');
    expect(joined(clause!.diff.parts, 'equal') + joined(clause!.diff.parts, 'insert')).toHaveLength(
      clause!.currentWording!.length,
    );
    expect(drifted.positions[0]).toMatchObject({ verdict: 'approve', wordingChangedSince: true });
    expect(drifted.abilities.followUp).toBe(false); // a commenter does not propose decisions

    const forEditor = await api<DocumentDecisionListResponse>(
      'GET',
      `/documents/${DOCUMENT_ID}/decisions`,
      { token: world.unionRep.token },
    );
    expect(forEditor.body.decisions).toHaveLength(1);
    expect(forEditor.body.decisions[0]!.sections).toEqual([
      expect.objectContaining({ sectionId: CLAUSE_ID, changed: true }),
      expect.objectContaining({ sectionId: OTHER_ID, changed: false }),
    ]);
    const register = await api<{ decisions: { drifted: boolean }[] }>(
      'GET',
      `/workspaces/${server.access.workspaceId}/decisions`,
      { token: world.unionRep.token },
    );
    expect(register.body.decisions.map((d) => d.drifted)).toEqual([true]);

    const followUp = await api<DecisionResponse>('POST', `/decisions/${id}/follow-up`, {
      token: world.coordinator.token,
      body: {},
    });
    expect(followUp.status).toBe(201);
    expect(followUp.body.decision.decision).toMatchObject({
      status: 'draft',
      followsUpDecisionId: id,
      subject: {
        documentId: DOCUMENT_ID,
        sections: [expect.objectContaining({ sectionId: CLAUSE_ID })],
      },
    });
    expect((await view(id)).followUps).toEqual([
      expect.objectContaining({ id: followUp.body.decision.decision.id, status: 'draft' }),
    ]);
  });

  it('does not count formatting as changed wording', async () => {
    const id = await openDecision();
    const editor = connectProvider(server.wsUrl, DOCUMENT_ID, { params: world.coordinator.params });
    clients.push(editor);
    await editor.whenSynced();
    const reader = connectProvider(server.wsUrl, DOCUMENT_ID, { params: world.kommunRep.params });
    clients.push(reader);
    await reader.whenSynced();
    clauseText(editor.doc).format(0, 7, { bold: {} });
    await waitFor(() => clauseText(reader.doc).toDelta().length > 1, { message: 'bold arrives' });
    const after = await view(id);
    expect(after.drift.changed).toBe(false);
    expect(after.drift.sections.map((s) => s.status)).toEqual(['unchanged', 'unchanged']);
  });
});

describe('the decisions API in the OpenAPI document', () => {
  it('lists every decisions endpoint', async () => {
    const server = await startTestServer();
    try {
      const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
        paths: Record<string, object>;
      };
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/api/workspaces/{workspaceId}/decisions',
          '/api/workspaces/{workspaceId}/decisions/export',
          '/api/decisions/{decisionId}',
          '/api/decisions/{decisionId}/open',
          '/api/decisions/{decisionId}/positions/{organisationId}',
          '/api/decisions/{decisionId}/statements',
          '/api/decisions/{decisionId}/close',
          '/api/decisions/{decisionId}/follow-up',
          '/api/documents/{documentId}/decisions',
        ]),
      );
    } finally {
      await server.close();
    }
  });
});
