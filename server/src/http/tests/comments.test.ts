// Comment threads through the real server (SQLite; MongoDB when MONGODB_URL is set): who may comment, reply,
// edit, delete, resolve and reopen (viewers read; a commenter comments on a
// document they cannot edit; the author is whoever is signed in; nobody edits
// another's comment but an admin); mentions must name the workspace; a thread
// whose words were deleted is listed as detached with its quote; every change
// is an event and reaches other members live over socket.io.
import { randomUUID } from 'node:crypto';
import type {
  ActivityEntry,
  Comment,
  RelativePositionJson,
  ThreadListResponse,
  ThreadView,
} from '@samverka/shared';
import { editorSchema } from '@samverka/shared/editor';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { io as connectClient } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EDITOR_FRAGMENT } from '../../services/templateContent.js';
import { apiClient, startTestServer, startTestServerOnMongo } from '../../test-support/index.js';
import { testMongoUrl } from '../../test-support/mongoTestStore.js';
import type { Store } from '../../store/port.js';
import type { ApiCall, TestAccess, TestServer } from '../../test-support/index.js';

const CLAUSE = 'Föreningen åtar sig att driva verksamheten i egen regi.';
const QUOTE = 'driva verksamheten';

const mongoUrl = testMongoUrl();
const stores: { name: string; start(): Promise<TestServer<Store>> }[] = [
  { name: 'SQLite', start: () => startTestServer() },
  ...(mongoUrl ? [{ name: 'MongoDB', start: () => startTestServerOnMongo(mongoUrl) }] : []),
];

describe.each(stores)('comment threads over REST and socket.io ($name)', ({ start }) => {
  let server: TestServer<Store>;
  let api: ApiCall;
  let admin: TestAccess;
  let editor: TestAccess;
  let commenter: TestAccess;
  let otherCommenter: TestAccess;
  let viewer: TestAccess;
  let doc: Y.Doc;
  const documentId = 'iop-utkast';
  const sockets: Socket[] = [];

  beforeEach(async () => {
    server = await start();
    api = apiClient(server.url);
    admin = await server.access.addMember('admin', 'Maria Berg');
    editor = await server.access.addMember('editor', 'Erik Lund');
    commenter = await server.access.addMember('commenter', 'Sara Facklig');
    otherCommenter = await server.access.addMember('commenter', 'Ola Leverantör');
    viewer = await server.access.addMember('viewer', 'Johan Ek');
    await admin.addDocuments(documentId);
    doc = new Y.Doc();
    prosemirrorJSONToYXmlFragment(
      editorSchema(),
      {
        type: 'doc',
        content: [
          {
            type: 'heading',
            attrs: { level: 2, sectionId: 'sec-atagande' },
            content: [{ type: 'text', text: 'Åtaganden' }],
          },
          { type: 'paragraph', content: [{ type: 'text', text: CLAUSE }] },
        ],
      },
      doc.getXmlFragment(EDITOR_FRAGMENT),
    );
    await server.store.documents.append([
      { documentName: documentId, update: Y.encodeStateAsUpdate(doc) },
    ]);
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await server.close();
  });

  const clauseText = () =>
    (doc.getXmlFragment(EDITOR_FRAGMENT).get(1) as Y.XmlElement).get(0) as Y.XmlText;
  function anchor() {
    const start = CLAUSE.indexOf(QUOTE);
    const json = (rel: Y.RelativePosition) => Y.relativePositionToJSON(rel) as RelativePositionJson;
    return {
      from: json(Y.createRelativePositionFromTypeIndex(clauseText(), start, 0)),
      to: json(Y.createRelativePositionFromTypeIndex(clauseText(), start + QUOTE.length, -1)),
      quote: QUOTE,
    };
  }
  const openThread = (who: TestAccess, body: object) =>
    api<{ thread: ThreadView }>('POST', `/documents/${documentId}/threads`, {
      token: who.token,
      body,
    });
  const reply = (who: TestAccess, threadId: string, body: object) =>
    api<{ comment: Comment }>('POST', `/threads/${threadId}/comments`, { token: who.token, body });
  const listThreads = async (who: TestAccess) => {
    const listed = await api<ThreadListResponse>('GET', `/documents/${documentId}/threads`, {
      token: who.token,
    });
    expect(listed.status).toBe(200);
    return listed.body.threads;
  };

  it('lets a commenter comment on a document they cannot edit; a viewer only reads', async () => {
    const abilities = await api<{ abilities: string[] }>('GET', `/documents/${documentId}`, {
      token: commenter.token,
    });
    expect(abilities.body.abilities).not.toContain('document:edit');

    const refused = await openThread(viewer, { anchor: anchor(), body: 'Får jag?' });
    expect(refused.status).toBe(403);

    const created = await openThread(commenter, {
      anchor: anchor(),
      body: 'Vi föreslår "i samverkan" i stället för "i egen regi".',
      // Whatever the body claims, the author is whoever is signed in.
      authorId: admin.userId,
      organisationId: randomUUID(),
    });
    expect(created.status).toBe(201);
    const thread = created.body.thread;
    expect(thread).toMatchObject({
      documentId,
      workspaceId: commenter.workspaceId,
      status: 'open',
      createdBy: commenter.userId,
      detached: false,
      anchor: { quote: QUOTE, sectionId: 'sec-atagande' },
    });
    expect(thread.comments).toHaveLength(1);
    expect(thread.comments[0]).toMatchObject({
      authorId: commenter.userId,
      organisationId: commenter.organisationId,
      editedAt: null,
      deletedAt: null,
    });
    // Nothing in the document changed for the comment to exist.
    expect((await server.store.documents.load(documentId)).updates).toHaveLength(1);

    expect(await listThreads(viewer)).toEqual([thread]);
    expect((await reply(viewer, thread.id, { body: 'Nej' })).status).toBe(403);
    const whole = await openThread(viewer, { body: 'Hela dokumentet' });
    expect(whole.status).toBe(403);
  });

  it('refuses an anchor outside the document and mentions of people outside the workspace', async () => {
    const stray = Y.relativePositionToJSON(
      Y.createRelativePositionFromTypeIndex(new Y.Doc().getText('x'), 0),
    ) as RelativePositionJson;
    const outside = await openThread(commenter, {
      anchor: { ...anchor(), from: stray },
      body: 'Här?',
    });
    expect(outside.status).toBe(400);
    const stranger = await openThread(commenter, {
      body: 'Hej',
      mentions: [{ kind: 'person', id: randomUUID() }],
    });
    expect(stranger.status).toBe(400);
    const tooLong = await openThread(commenter, { body: 'x'.repeat(10_001) });
    expect(tooLong.status).toBe(400);

    const mentioned = await openThread(commenter, {
      body: '@Erik Lund och @Testkommunen, vad säger ni?',
      mentions: [
        { kind: 'person', id: editor.userId },
        { kind: 'organisation', id: editor.organisationId },
        { kind: 'person', id: editor.userId },
      ],
    });
    expect(mentioned.status).toBe(201);
    expect(mentioned.body.thread.anchor).toBeNull();
    expect(mentioned.body.thread.comments[0]!.mentions).toEqual([
      { kind: 'person', id: editor.userId },
      { kind: 'organisation', id: editor.organisationId },
    ]);
  });

  it('lets authors edit and delete their own comments and only admins anyone’s', async () => {
    const thread = (await openThread(commenter, { anchor: anchor(), body: 'Första' })).body.thread;
    const answer = await reply(editor, thread.id, { body: 'Svar från kommunen' });
    expect(answer.status).toBe(201);
    expect(answer.body.comment.authorId).toBe(editor.userId);
    const first = thread.comments[0]!;

    const patch = (who: TestAccess, id: string, body: string) =>
      api<{ comment: Comment }>('PATCH', `/comments/${id}`, { token: who.token, body: { body } });
    expect((await patch(editor, first.id, 'Kapat')).status).toBe(403);
    expect((await patch(otherCommenter, first.id, 'Kapat')).status).toBe(403);
    const own = await patch(commenter, first.id, 'Första, förtydligad');
    expect(own.status).toBe(200);
    expect(own.body.comment).toMatchObject({
      body: 'Första, förtydligad',
      authorId: commenter.userId,
    });
    expect(own.body.comment.editedAt).not.toBeNull();
    const moderated = await patch(admin, answer.body.comment.id, 'Modererad');
    expect(moderated.status).toBe(200);

    const remove = (who: TestAccess, id: string) =>
      api<{ comment: Comment }>('DELETE', `/comments/${id}`, { token: who.token });
    expect((await remove(otherCommenter, first.id)).status).toBe(403);
    const deleted = await remove(commenter, first.id);
    expect(deleted.status).toBe(200);
    expect(deleted.body.comment).toMatchObject({
      body: '',
      mentions: [],
      authorId: commenter.userId,
    });
    expect(deleted.body.comment.deletedAt).not.toBeNull();
    expect((await remove(commenter, first.id)).status).toBe(409);
    expect((await patch(commenter, first.id, 'Tillbaka')).status).toBe(409);
    const [listed] = await listThreads(viewer);
    expect(listed!.comments.map((c) => c.body)).toEqual(['', 'Modererad']);

    const events = await server.store.events.readChain(admin.workspaceId, 0, 100);
    expect(events.map((e) => [e.action, e.object.type])).toEqual([
      ['comment:create', 'thread'],
      ['comment:create', 'comment'],
      ['comment:update', 'comment'],
      ['comment:update', 'comment'],
      ['comment:delete', 'comment'],
    ]);
    expect(events[3]!.payload).toMatchObject({ moderated: true });
    // The log keeps who and when, never the words.
    expect(JSON.stringify(events)).not.toContain('Första');
  });

  it('lets the thread’s author, editors and admins resolve and reopen it', async () => {
    const thread = (await openThread(commenter, { body: 'Klart?' })).body.thread;
    const post = (who: TestAccess, verb: 'resolve' | 'reopen') =>
      api<{ thread: ThreadView }>('POST', `/threads/${thread.id}/${verb}`, { token: who.token });
    expect((await post(otherCommenter, 'resolve')).status).toBe(403);
    expect((await post(viewer, 'resolve')).status).toBe(403);
    const resolved = await post(commenter, 'resolve');
    expect(resolved.status).toBe(200);
    expect(resolved.body.thread).toMatchObject({
      status: 'resolved',
      resolvedBy: commenter.userId,
    });
    const reopened = await post(editor, 'reopen');
    expect(reopened.body.thread).toMatchObject({
      status: 'open',
      resolvedBy: null,
      resolvedAt: null,
    });
    expect((await post(admin, 'resolve')).body.thread.status).toBe('resolved');
    expect((await post(otherCommenter, 'reopen')).status).toBe(403);
    const unknown = await api('POST', `/threads/${randomUUID()}/resolve`, { token: admin.token });
    expect(unknown.status).toBe(404);
  });

  it('lists a thread whose words were deleted as detached, with its quote', async () => {
    const thread = (await openThread(commenter, { anchor: anchor(), body: 'Stryk?' })).body.thread;
    const editorDoc = new Y.Doc();
    Y.applyUpdate(editorDoc, Y.encodeStateAsUpdate(doc));
    const logged: Promise<number[]>[] = [];
    editorDoc.on('update', (update: Uint8Array) => {
      logged.push(server.store.documents.append([{ documentName: documentId, update }]));
    });
    const text = (editorDoc.getXmlFragment(EDITOR_FRAGMENT).get(1) as Y.XmlElement).get(
      0,
    ) as Y.XmlText;
    text.insert(0, 'Idéburna ');
    await Promise.all(logged);
    expect((await listThreads(viewer))[0]).toMatchObject({ id: thread.id, detached: false });
    text.delete(text.toString().indexOf('att ') + 4, QUOTE.length + 1);
    await Promise.all(logged);
    const [detached] = await listThreads(viewer);
    expect(detached).toMatchObject({ id: thread.id, detached: true, anchor: { quote: QUOTE } });
  });

  it('removes a document’s threads and comments with the document', async () => {
    const thread = (await openThread(commenter, { anchor: anchor(), body: 'Borta sen' })).body
      .thread;
    expect((await reply(editor, thread.id, { body: 'Ja' })).status).toBe(201);
    const deleted = await api('DELETE', `/documents/${documentId}`, { token: admin.token });
    expect(deleted.status).toBe(204);
    expect(await server.store.threads.listByDocument(documentId)).toEqual([]);
    expect(await server.store.comments.listByDocument(documentId)).toEqual([]);
    expect((await reply(editor, thread.id, { body: 'Hallå?' })).status).toBe(404);
  });

  it('tells other members live over socket.io', async () => {
    const socket = connectClient(server.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: editor.token },
    });
    sockets.push(socket);
    const ack = await new Promise<{ ok: boolean }>((resolve) =>
      socket.emit('workspace:join', { workspaceId: editor.workspaceId }, resolve),
    );
    expect(ack.ok).toBe(true);
    const pushed = new Promise<{ entry: ActivityEntry }>((resolve) =>
      socket.once('activity:appended', resolve),
    );
    const thread = (await openThread(commenter, { anchor: anchor(), body: 'Live' })).body.thread;
    const { entry } = await pushed;
    expect(entry).toMatchObject({
      action: 'comment:create',
      object: { type: 'thread', id: thread.id },
      actor: { userId: commenter.userId, name: 'Sara Facklig' },
      payload: { documentId, title: documentId, threadId: thread.id, sectionId: 'sec-atagande' },
    });
  });
});
