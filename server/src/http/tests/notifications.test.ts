// Notifications through the real server with a real SMTP server in the test
// process: mentions, replies in threads I take part in and resolution of my
// threads become notifications, pushed live to my own sockets only, counted
// and marked read over REST; mail goes out in batches (two mentions within
// the window: one mail listing both), well-formed, with an unsubscribe link
// that works, never with comment text for a document I can no longer read,
// and not at all when I turned mail off.
import { makeTempDir } from '../../test-support/tempDir.js';
import type {
  Notification,
  NotificationListResponse,
  NotificationPreferencesResponse,
  ThreadView,
} from '@samverka/shared';
import { io as connectClient } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  apiClient,
  freePort,
  startSmtpInbox,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import type { ApiCall, SmtpInbox, TestAccess, TestServer } from '../../test-support/index.js';

describe('notifications', () => {
  let inbox: SmtpInbox;
  let server: TestServer;
  let api: ApiCall;
  let commenter: TestAccess;
  let editor: TestAccess;
  let viewer: TestAccess;
  const documentId = 'iop-utkast';
  const sockets: Socket[] = [];
  const emailOf = (who: TestAccess) => `${who.userId}@test.example.se`;

  beforeEach(async () => {
    inbox = await startSmtpInbox();
    const port = await freePort();
    server = await startTestServer({
      env: {
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        SMTP_URL: inbox.url,
        NOTIFICATION_MAIL_BATCH_SECONDS: '1',
      },
    });
    api = apiClient(server.url);
    commenter = await server.access.addMember('commenter', 'Sara Facklig');
    editor = await server.access.addMember('editor', 'Erik Lund');
    viewer = await server.access.addMember('viewer', 'Johan Ek');
    await editor.addDocuments(documentId);
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await server.close();
    await inbox.close();
  });

  const openThread = async (who: TestAccess, body: string, mentions: object[] = []) => {
    const created = await api<{ thread: ThreadView }>('POST', `/documents/${documentId}/threads`, {
      token: who.token,
      body: { body, mentions },
    });
    expect(created.status).toBe(201);
    return created.body.thread;
  };
  const notificationsOf = async (who: TestAccess) => {
    const listed = await api<NotificationListResponse>('GET', '/notifications', {
      token: who.token,
    });
    expect(listed.status).toBe(200);
    return listed.body;
  };
  const nothingPendingFor = (who: TestAccess) =>
    waitFor(
      async () => (await server.store.notifications.listMailPending(who.userId)).length === 0,
      {
        message: 'no mail pending',
      },
    );
  async function socketOf(who: TestAccess) {
    const socket = connectClient(server.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: who.token },
    });
    sockets.push(socket);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    return socket;
  }

  it('tells people about mentions, replies and resolution, live and over REST', async () => {
    const editorSocket = await socketOf(editor);
    const viewerSocket = await socketOf(viewer);
    const viewerHeard: Notification[] = [];
    viewerSocket.on('notification:created', ({ notification }: { notification: Notification }) =>
      viewerHeard.push(notification),
    );
    const pushed = new Promise<{ notification: Notification; unreadCount: number }>((resolve) =>
      editorSocket.once('notification:created', resolve),
    );
    const thread = await openThread(commenter, '@Erik Lund, kan kommunen stå för lokalerna?', [
      { kind: 'person', id: editor.userId },
    ]);
    const live = await pushed;
    expect(live.unreadCount).toBe(1);
    expect(live.notification).toMatchObject({
      userId: editor.userId,
      kind: 'mention',
      documentId,
      threadId: thread.id,
      commentId: thread.comments[0]!.id,
      actorName: 'Sara Facklig',
      readAt: null,
    });

    const replied = await api('POST', `/threads/${thread.id}/comments`, {
      token: editor.token,
      body: { body: 'Ja, det gör vi.' },
    });
    expect(replied.status).toBe(201);
    await api('POST', `/threads/${thread.id}/resolve`, { token: editor.token });
    const forCommenter = await waitFor(async () => {
      const list = await notificationsOf(commenter);
      return list.notifications.length === 2 ? list : undefined;
    });
    expect(forCommenter.unreadCount).toBe(2);
    expect(forCommenter.notifications.map((n) => n.kind)).toEqual(['resolved', 'reply']);
    // The actor is never told about their own doing; nobody uninvolved is told at all.
    expect((await notificationsOf(editor)).notifications.map((n) => n.kind)).toEqual(['mention']);
    expect(viewerHeard).toEqual([]);

    const first = forCommenter.notifications[1]!;
    const read = await api<NotificationListResponse>('POST', `/notifications/${first.id}/read`, {
      token: commenter.token,
    });
    expect(read.body.unreadCount).toBe(1);
    // Someone else's notification is not yours to mark.
    const foreign = await api('POST', `/notifications/${first.id}/read`, { token: editor.token });
    expect(foreign.status).toBe(404);
    const all = await api<NotificationListResponse>('POST', '/notifications/read-all', {
      token: commenter.token,
    });
    expect(all.body.unreadCount).toBe(0);
  });

  it('mails two mentions within the window as one well-formed mail with a working unsubscribe link', async () => {
    await openThread(commenter, 'Första frågan till Erik', [{ kind: 'person', id: editor.userId }]);
    await openThread(commenter, 'Andra frågan till Erik', [{ kind: 'person', id: editor.userId }]);
    const mail = await inbox.nextFor(emailOf(editor));
    await nothingPendingFor(editor);
    expect(inbox.received.filter((m) => m.envelopeTo.includes(emailOf(editor)))).toHaveLength(1);
    expect(mail.parsed.subject).toBe('2 nya aviseringar i Samverka');
    expect(mail.text).toContain('Sara Facklig nämnde dig eller din organisation');
    expect(mail.text).toContain('> Första frågan till Erik');
    expect(mail.text).toContain('> Andra frågan till Erik');
    expect(mail.raw).toMatch(/^Message-ID: </im);
    expect(mail.raw).toMatch(/^Date: /im);
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/im);
    expect(mail.raw).toMatch(
      /^List-Unsubscribe:\s+<http:\/\/127\.0\.0\.1:\d+\/api\/notifications\/unsubscribe\?token=/im,
    );

    const token = /unsubscribe\?token=(\S+)/.exec(mail.text)![1]!;
    const forged = await api('POST', '/notifications/unsubscribe', {
      body: { token: `${token.split('.')[0]}.forged` },
    });
    expect(forged.status).toBe(400);
    const unsubscribed = await api('POST', '/notifications/unsubscribe', {
      body: { token: decodeURIComponent(token) },
    });
    expect(unsubscribed.status).toBe(204);
    const prefs = await api<NotificationPreferencesResponse>(
      'GET',
      '/me/notification-preferences',
      {
        token: editor.token,
      },
    );
    expect(prefs.body.preferences).toEqual({ mail: 'off', language: 'sv' });
    const english = await api<NotificationPreferencesResponse>(
      'PUT',
      '/me/notification-preferences',
      {
        token: editor.token,
        body: { language: 'en' },
      },
    );
    expect(english.body.preferences).toEqual({ mail: 'off', language: 'en' });
    const bad = await api('PUT', '/me/notification-preferences', {
      token: editor.token,
      body: { mail: 'hourly' },
    });
    expect(bad.status).toBe(400);

    // With mail off, the notification still arrives in the app and no mail is sent.
    await openThread(commenter, 'Tredje frågan', [{ kind: 'person', id: editor.userId }]);
    await waitFor(async () => (await notificationsOf(editor)).notifications.length === 3);
    await nothingPendingFor(editor);
    expect(inbox.received.filter((m) => m.envelopeTo.includes(emailOf(editor)))).toHaveLength(1);
  });

  it("turns mail off with one click from the mail's List-Unsubscribe header (RFC 8058)", async () => {
    await openThread(commenter, 'En fråga till Erik', [{ kind: 'person', id: editor.userId }]);
    const mail = await inbox.nextFor(emailOf(editor));
    const url = /^List-Unsubscribe:\s+<([^>]+)>/im.exec(mail.raw)![1]!;
    // What a mail client sends: a form-encoded POST to the header's address, token in its query.
    const oneClick = (address: string) =>
      fetch(address, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    expect((await oneClick(url.replace(/token=[^&]+/, 'token=x.forged'))).status).toBe(400);
    expect((await oneClick(url.replace(/\?.*$/, ''))).status).toBe(400);
    expect((await oneClick(url)).status).toBe(204);
    const prefs = await api<NotificationPreferencesResponse>(
      'GET',
      '/me/notification-preferences',
      {
        token: editor.token,
      },
    );
    expect(prefs.body.preferences.mail).toBe('off');
  });

  it('mails no comment text about a document the recipient can no longer read', async () => {
    const put = await api<NotificationPreferencesResponse>('PUT', '/me/notification-preferences', {
      token: viewer.token,
      body: { mail: 'immediate', language: 'en' },
    });
    expect(put.body.preferences).toEqual({ mail: 'immediate', language: 'en' });
    await openThread(commenter, 'Hemlig formulering', [{ kind: 'person', id: viewer.userId }]);
    await waitFor(async () => (await notificationsOf(viewer)).notifications.length === 1);
    const membership = await server.store.memberships.findByUser(viewer.workspaceId, viewer.userId);
    expect((await server.store.memberships.remove(viewer.workspaceId, membership!.id)).status).toBe(
      'changed',
    );
    const mail = await inbox.nextFor(emailOf(viewer));
    expect(mail.parsed.subject).toBe('New notification in Samverka');
    expect(mail.text).toContain('a document you can no longer read');
    expect(mail.text).not.toContain('Hemlig formulering');
    expect(mail.text).not.toContain(documentId);
  });

  it('mails what was still waiting when the server stopped, after it starts again', async () => {
    const dir = await makeTempDir();
    const startOn = async (batchSeconds: string) => {
      const port = await freePort();
      return startTestServer({
        dataDir: dir.path,
        env: {
          PORT: String(port),
          PUBLIC_URL: `http://127.0.0.1:${port}`,
          SMTP_URL: inbox.url,
          NOTIFICATION_MAIL_BATCH_SECONDS: batchSeconds,
        },
      });
    };
    try {
      let first = await startOn('3600'); // a window that cannot end during the test
      api = apiClient(first.url);
      const author = await first.access.addMember('commenter', 'Sara Facklig');
      const reader = await first.access.addMember('editor', 'Erik Lund');
      await reader.addDocuments(documentId);
      await openThread(author, 'Väntar på utskick', [{ kind: 'person', id: reader.userId }]);
      await waitFor(async () => (await first.store.notifications.listMailPending()).length === 1);
      await first.close();

      first = await startOn('1');
      try {
        const mail = await inbox.nextFor(emailOf(reader));
        expect(mail.text).toContain('> Väntar på utskick');
        const store = first.store;
        await waitFor(async () => (await store.notifications.listMailPending()).length === 0);
      } finally {
        await first.close();
      }
    } finally {
      await dir.remove();
    }
  });
});
