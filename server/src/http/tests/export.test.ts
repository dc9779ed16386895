// GET /api/documents/:id/export through the real server: members get the
// document as PDF, DOCX or Markdown with the right Content-Type and a
// Content-Disposition whose file name keeps å/ä/ö (RFC 5987); non-members
// get 403, unknown formats 400, unknown versions 404; the route is in the
// OpenAPI document.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { editorSchema } from '@samverka/shared/editor';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadStoredDoc } from '../../services/commentAnchors.js';
import { EDITOR_FRAGMENT } from '../../services/templateContent.js';
import { exportFixtureDocument, FIXTURE_HEADINGS } from '../../test-support/exportFixture.js';
import { seedTestAccess, startTestServer } from '../../test-support/index.js';
import type { TestAccess, TestServer } from '../../test-support/index.js';
import { makeTempDir } from '../../test-support/tempDir.js';

const run = promisify(execFile);
const documentId = 'iop-avtal';

describe('document export route', () => {
  let server: TestServer;
  let viewer: TestAccess;

  beforeEach(async () => {
    server = await startTestServer();
    viewer = await server.access.addMember('viewer', 'Åke Läsare');
    await server.access.addDocuments(documentId);
    await server.store.documentRecords.update(documentId, {
      title: 'Avtal om språkcaféer – Järfälla',
    });
    const doc = new Y.Doc();
    prosemirrorJSONToYXmlFragment(
      editorSchema(),
      exportFixtureDocument(),
      doc.getXmlFragment(EDITOR_FRAGMENT),
    );
    await server.store.documents.append([
      { documentName: documentId, update: Y.encodeStateAsUpdate(doc) },
    ]);
  });
  afterEach(async () => {
    await server.close();
  });

  const get = (path: string, token: string) =>
    fetch(`${server.url}/api${path}`, { headers: { authorization: `Bearer ${token}` } });

  it('sends a member the PDF with its title and headings, as a download named with å/ä/ö', async () => {
    const response = await get(`/documents/${documentId}/export?format=pdf`, viewer.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toContain('attachment; filename="Avtal om sprakcafeer _ Jarfalla.pdf"');
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('Avtal om språkcaféer – Järfälla.pdf')}`,
    );
    const dir = await makeTempDir('samverka-export-route-');
    try {
      const path = join(dir.path, 'export.pdf');
      await writeFile(path, Buffer.from(await response.arrayBuffer()));
      const text = (await run('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout.replace(
        /\s+/g,
        ' ',
      );
      expect(text).toContain('Avtal om språkcaféer – Järfälla');
      for (const heading of FIXTURE_HEADINGS) expect(text).toContain(heading);
    } finally {
      await dir.remove();
    }
  });

  it('sends DOCX and Markdown with their content types', async () => {
    const docx = await get(`/documents/${documentId}/export?format=docx`, viewer.token);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    const markdown = await get(`/documents/${documentId}/export?format=md&lang=en`, viewer.token);
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const text = await markdown.text();
    expect(text).toMatch(/^# Avtal om språkcaféer – Järfälla\n/);
    expect(text).toContain('## Parter och ändamål');
    expect(text).toContain('Current wording');
  });

  it('refuses non-members (403), unknown formats (400) and unknown versions (404)', async () => {
    const outsider = await seedTestAccess(server.store, { role: 'admin' });
    expect((await get(`/documents/${documentId}/export?format=pdf`, outsider.token)).status).toBe(
      403,
    );
    const unknownFormat = await get(`/documents/${documentId}/export?format=exe`, viewer.token);
    expect(unknownFormat.status).toBe(400);
    expect((await get(`/documents/${documentId}/export`, viewer.token)).status).toBe(400);
    expect(
      (await get(`/documents/${documentId}/export?format=pdf&version=okand`, viewer.token)).status,
    ).toBe(404);
    expect((await get(`/documents/okant-dokument/export?format=pdf`, viewer.token)).status).toBe(
      404,
    );
    expect(
      (await fetch(`${server.url}/api/documents/${documentId}/export?format=pdf`)).status,
    ).toBe(401);
  });

  it('exports a version with its label, its recorded sign-offs and its content hash', async () => {
    const hash = 'b'.repeat(64);
    const state = Y.encodeStateAsUpdate(await loadStoredDoc(server.store.documents, documentId));
    await server.store.versions.insert(
      {
        id: 'version-1',
        documentId,
        workspaceId: server.access.workspaceId,
        label: 'Utkast till styrgruppen 12 mars',
        note: null,
        origin: 'named',
        createdBy: server.access.userId,
        eventId: null,
        contentHash: hash,
        createdAt: '2026-03-12T09:00:00.000Z',
        signoffRequest: null,
      },
      state,
    );
    const signOff = {
      workspaceId: server.access.workspaceId,
      subject: { kind: 'version' as const, id: 'version-1' },
      approver: { kind: 'organisation' as const, organisationId: server.access.organisationId },
      verdict: 'approve' as const,
      reason: null,
      recordedBy: server.access.userId,
      onBehalf: null,
      meetingId: null,
    };
    await server.store.approvals.append({
      ...signOff,
      id: 'signoff-old-wording',
      contentHash: 'c'.repeat(64),
      signatory: { name: 'Gammal Lydelse', title: 'Fel' },
      recordedAt: '2026-03-12T10:00:00.000Z',
    });
    await server.store.approvals.append({
      ...signOff,
      id: 'signoff-1',
      contentHash: hash,
      signatory: { name: 'Eva Ek', title: 'Förvaltningschef' },
      recordedAt: '2026-03-13T10:00:00.000Z',
    });
    // The live document moves on; the version's export does not.
    await server.store.documentRecords.update(documentId, { title: 'Avtal om språkcaféer' });
    const response = await get(
      `/documents/${documentId}/export?format=md&version=version-1`,
      viewer.token,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      encodeURIComponent('Avtal om språkcaféer – Utkast till styrgruppen 12 mars.md'),
    );
    const text = await response.text();
    expect(text).toContain('Version: Utkast till styrgruppen 12 mars');
    expect(text).toContain('Datum: 2026-03-12');
    expect(text).toContain('Eva Ek, Förvaltningschef, 2026-03-13');
    expect(text).not.toContain('Gammal Lydelse');
    expect(text).toContain(hash);

    await server.access.addDocuments('annat-dokument');
    const elsewhere = await get(
      `/documents/annat-dokument/export?format=md&version=version-1`,
      viewer.token,
    );
    expect(elsewhere.status).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const openApi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<
        string,
        { get?: { responses: Record<string, { content?: Record<string, unknown> }> } }
      >;
    };
    const route = openApi.paths['/api/documents/{documentId}/export'];
    const content = Object.keys(route?.get?.responses['200']?.content ?? {});
    expect(content).toEqual(
      expect.arrayContaining(['application/pdf', 'text/markdown; charset=utf-8']),
    );
  });
});
