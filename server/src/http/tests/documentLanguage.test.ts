// A document's language: chosen when it is created from a template (its
// headings and table headings are written in it), changed by editors (the
// template wording in the live text follows, at once for everyone connected,
// while wording people changed stays theirs), recorded as an event; and who
// made the last change. Real server, real SQLite file, stock y-websocket client.
import { getTemplate } from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiClient, connectProvider, startTestServer, waitFor } from '../../test-support/index.js';
import type { ApiCall, TestServer } from '../../test-support/index.js';
import { EDITOR_FRAGMENT } from '../../services/templateContent.js';

interface DocumentBody {
  document: { id: string; language: string; lastEditedBy: string | null; updatedAt: string };
}

/** Texts of the top-level headings, and of the header cells of every table. */
function headings(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment(EDITOR_FRAGMENT)
    .toArray()
    .flatMap((node) => {
      const element = node as Y.XmlElement;
      if (element.nodeName === 'heading') return [element.toArray().join('')];
      if (element.nodeName !== 'table') return [];
      const header = element.toArray()[0] as Y.XmlElement;
      return header
        .toArray()
        .map((cell) => ((cell as Y.XmlElement).get(0) as Y.XmlElement).toArray().join(''));
    });
}

describe('document language', () => {
  let server: TestServer;
  let api: ApiCall;
  beforeEach(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
  });
  afterEach(async () => {
    await server.close();
  });

  async function storedDoc(id: string): Promise<Y.Doc> {
    const doc = new Y.Doc();
    const stored = await server.store.documents.load(id);
    for (const update of [stored.snapshot, ...stored.updates])
      if (update) Y.applyUpdate(doc, update);
    return doc;
  }

  const create = (body: object) =>
    api<DocumentBody>('POST', `/workspaces/${server.access.workspaceId}/documents`, {
      token: server.access.token,
      body,
    });

  it('writes the template in the language chosen at creation (Swedish by default)', async () => {
    const swedish = await create({ title: 'Riskanalys', template: 'risk_analysis' });
    expect(swedish.body.document).toMatchObject({
      language: 'sv',
      lastEditedBy: server.access.userId,
    });
    const english = await create({ title: 'Risks', template: 'risk_analysis', language: 'en' });
    expect(english.status).toBe(201);
    expect(english.body.document.language).toBe('en');

    const client = connectProvider(server.wsUrl, english.body.document.id, {
      params: { token: server.access.token },
    });
    try {
      await client.whenSynced();
      const risk = getTemplate('risk_analysis');
      const texts = headings(client.doc);
      for (const section of risk.sections) expect(texts).toContain(section.heading.en);
      for (const column of risk.sections.find((s) => s.table)!.table!.columns)
        expect(texts).toContain(column.en);
      expect(texts).not.toContain(risk.sections[0]!.heading.sv);
    } finally {
      client.destroy();
    }
    const refused = await create({ title: 'X', template: 'blank', language: 'de' });
    expect(refused.status).toBe(400);
  });

  it('rewrites the template wording live when the language changes, keeping what people wrote', async () => {
    const created = await create({ title: 'IOP-avtal', template: 'iop_agreement' });
    const id = created.body.document.id;
    const client = connectProvider(server.wsUrl, id, { params: { token: server.access.token } });
    try {
      await client.whenSynced();
      const agreement = getTemplate('iop_agreement');
      // Someone renames the first heading: that wording is theirs and must stay.
      const first = client.doc.getXmlFragment(EDITOR_FRAGMENT).get(0) as Y.XmlElement;
      const text = first.get(0) as Y.XmlText;
      client.doc.transact(() => {
        text.delete(0, text.length);
        text.insert(0, 'Avtalsparter');
      });
      await waitFor(async () => headings(await storedDoc(id))[0] === 'Avtalsparter', {
        message: 'the rename is stored',
      });

      const changed = await api<DocumentBody>('PATCH', `/documents/${id}`, {
        token: server.access.token,
        body: { language: 'en' },
      });
      expect(changed.status).toBe(200);
      expect(changed.body.document).toMatchObject({
        language: 'en',
        lastEditedBy: server.access.userId,
      });

      const expected = [
        'Avtalsparter',
        ...agreement.sections.slice(1).map((section) => section.heading.en),
      ];
      await waitFor(() => JSON.stringify(headings(client.doc)) === JSON.stringify(expected), {
        message: 'the connected client sees the English headings',
      });

      const events = await server.store.events.listRecent(server.access.workspaceId, {
        limit: 5,
      });
      expect(events.find((e) => e.action === 'document:update')?.payload).toMatchObject({
        before: { language: 'sv' },
        after: { language: 'en' },
      });
      expect(events.find((e) => e.action === 'document:server_write')).toMatchObject({
        actor: { userId: server.access.userId },
        payload: { cause: 'document:language' },
      });

      // Back to Swedish: the template wording returns, the renamed heading still stays.
      await api('PATCH', `/documents/${id}`, {
        token: server.access.token,
        body: { language: 'sv' },
      });
      await waitFor(
        () =>
          JSON.stringify(headings(client.doc)) ===
          JSON.stringify([
            'Avtalsparter',
            ...agreement.sections.slice(1).map((section) => section.heading.sv),
          ]),
        { message: 'the headings are Swedish again' },
      );
    } finally {
      client.destroy();
    }
  });
});
