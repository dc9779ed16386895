// Restoring a version never rewinds: it is a new change through the hub's
// live-document port. Two stock y-websocket clients keep editing (live, or
// offline and reconnecting) while a version is restored; both converge on
// the restored text plus their own concurrent edits, nothing lost, and the
// states before and after are versions. Real server, real sockets, SQLite.
import type {
  RestoreVersionResponse,
  VersionDiffResponse,
  VersionListResponse,
  VersionResponse,
} from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, connectProvider, startTestServer, waitFor } from '../../test-support/index.js';
import type { ApiCall, ProviderClient, TestAccess, TestServer } from '../../test-support/index.js';
import { blocks, COMMITMENTS, FINANCES, paragraphText, writeAgreement } from './versionFixtures.js';

const BAD_EDIT = 'Kommunen driver verksamheten själv.';

describe('restoring a version while two stock clients edit', () => {
  let server: TestServer;
  let api: ApiCall;
  let admin: TestAccess;
  let editor: TestAccess;
  let other: TestAccess;
  let first: ProviderClient;
  let second: ProviderClient;
  const documentId = 'iop-avtal';

  beforeEach(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
    admin = await server.access.addMember('admin', 'Maria Berg');
    editor = await server.access.addMember('editor', 'Erik Lund');
    other = await server.access.addMember('editor', 'Aisha Dahl');
    await admin.addDocuments(documentId);
    await writeAgreement(server.store, documentId);
    first = connectProvider(server.wsUrl, documentId, { params: editor.params });
    second = connectProvider(server.wsUrl, documentId, { params: other.params });
    await Promise.all([first.whenSynced(), second.whenSynced()]);
  });
  afterEach(async () => {
    first.destroy();
    second.destroy();
    await server.close();
  });

  /** Saves the agreement as it is, then rewrites the commitments clause (seen by both clients). */
  async function versionThenBadEdit(): Promise<VersionResponse['version']> {
    const saved = await api<VersionResponse>('POST', `/documents/${documentId}/versions`, {
      token: admin.token,
      body: { label: 'Överenskommen lydelse' },
    });
    const clause = paragraphText(first.doc, 1);
    first.doc.transact(() => {
      clause.delete(0, clause.length);
      clause.insert(0, BAD_EDIT);
    });
    await waitFor(() => paragraphText(second.doc, 1).toString() === BAD_EDIT);
    return saved.body.version;
  }

  const restore = (versionId: string, body: object) =>
    api<RestoreVersionResponse>('POST', `/versions/${versionId}/restore`, {
      token: admin.token,
      body,
    });

  const converged = () => {
    const a = blocks(first.doc);
    const b = blocks(second.doc);
    return JSON.stringify(a) === JSON.stringify(b) ? a : null;
  };

  it('restores one clause while both type in another: everyone converges, nothing is lost', async () => {
    const version = await versionThenBadEdit();
    // Typing and the restore race: the restored clause is another one, so every keystroke stays.
    const restoring = restore(version.id, { sectionId: 'sec-atagande' });
    const typed: string[] = [];
    for (let round = 0; round < 5; round++) {
      paragraphText(first.doc, 3).insert(0, `A${round} `);
      const finances = paragraphText(second.doc, 3);
      finances.insert(finances.length, ` B${round}`);
      typed.push(`A${round} `, ` B${round}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const restored = await restoring;
    expect(restored.status).toBe(200);
    expect(restored.body.changed).toBe(true);
    expect(restored.body.before).toMatchObject({
      origin: 'before_restore',
      createdBy: admin.userId,
    });
    expect(restored.body.after).toMatchObject({ origin: 'after_restore', createdBy: admin.userId });

    const final = await waitFor(
      () => {
        const both = converged();
        return both !== null && both[1] === COMMITMENTS && typed.every((t) => both[3]!.includes(t))
          ? both
          : null;
      },
      { message: 'both clients converge on the restored clause and every edit' },
    );
    expect(final[0]).toBe('Åtaganden');
    expect(final[3]).toContain(FINANCES);
    // The restored wording is attributed to whoever restored it.
    const diff = await api<VersionDiffResponse>(
      'GET',
      `/versions/${restored.body.before.id}/diff?against=current`,
      { token: admin.token },
    );
    const inserted = diff.body.sections[0]!.parts.filter((part) => part.kind === 'insert');
    expect(inserted.length).toBeGreaterThan(0);
    for (const part of inserted) expect(part.author?.userId).toBe(admin.userId);
  });

  it('restores the whole document while both edit offline; their edits merge when they return', async () => {
    const version = await versionThenBadEdit();
    first.provider.disconnect();
    second.provider.disconnect();
    paragraphText(first.doc, 3).insert(0, 'Offline från Erik. ');
    const finances = paragraphText(second.doc, 3);
    finances.insert(finances.length, ' Offline från Aisha.');

    const restored = await restore(version.id, {});
    expect(restored.status).toBe(200);
    expect(restored.body.changed).toBe(true);

    first.provider.connect();
    second.provider.connect();
    const final = await waitFor(
      () => {
        const both = converged();
        return both !== null && both[1] === COMMITMENTS && both[3]!.includes('Offline från Aisha')
          ? both
          : null;
      },
      { message: 'both clients converge after reconnecting' },
    );
    expect(final[3]).toBe(`Offline från Erik. ${FINANCES} Offline från Aisha.`);
    // A newcomer loads the same state from the server.
    const third = connectProvider(server.wsUrl, documentId, { params: admin.params });
    await third.whenSynced();
    await waitFor(() => JSON.stringify(blocks(third.doc)) === JSON.stringify(final));
    third.destroy();

    const listed = await api<VersionListResponse>('GET', `/documents/${documentId}/versions`, {
      token: admin.token,
    });
    expect(listed.body.versions.map((v) => v.origin)).toEqual([
      'after_restore',
      'before_restore',
      'named',
    ]);
    // Restoring a version equal to the current content changes nothing.
    const now = await api<VersionResponse>('POST', `/documents/${documentId}/versions`, {
      token: admin.token,
      body: { label: 'Som nu' },
    });
    const again = await restore(now.body.version.id, {});
    expect(again.status).toBe(200);
    expect(again.body.changed).toBe(false);
    expect(blocks(first.doc)).toEqual(final);
  });

  it('refuses a section the version does not have, before saving anything', async () => {
    const version = await versionThenBadEdit();
    const refused = await restore(version.id, { sectionId: 'sec-finns-inte' });
    expect(refused.status).toBe(404);
    const listed = await api<VersionListResponse>('GET', `/documents/${documentId}/versions`, {
      token: admin.token,
    });
    expect(listed.body.versions).toHaveLength(1);
  });
});
