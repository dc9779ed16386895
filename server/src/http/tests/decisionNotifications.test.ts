// When a decision opens, every member who holds the mandate of a required
// organisation is told that it awaits their organisation's position: in the
// app and by mail (a real SMTP server in-process). Members without mandate,
// members of organisations not asked, and whoever opened it are not told.
import type { DecisionResponse, NotificationListResponse } from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  apiClient,
  freePort,
  startSmtpInbox,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import type { ApiCall, SmtpInbox, TestAccess, TestServer } from '../../test-support/index.js';
import { buildDecisionWorld, CLAUSE_ID, DOCUMENT_ID } from '../../test-support/decisionWorld.js';
import type { DecisionWorld } from '../../test-support/decisionWorld.js';

describe('decisions awaiting my organisation’s position', () => {
  let inbox: SmtpInbox;
  let server: TestServer;
  let api: ApiCall;
  let world: DecisionWorld;
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
    world = await buildDecisionWorld(server);
  });
  afterEach(async () => {
    await server.close();
    await inbox.close();
  });

  const notificationsOf = async (who: TestAccess) =>
    (await api<NotificationListResponse>('GET', '/notifications', { token: who.token })).body;

  it('tells the mandated representatives of the required organisations, in the app and by mail', async () => {
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
          requiredOrganisationIds: [world.fk, world.facket],
          subject: { documentId: DOCUMENT_ID, sectionIds: [CLAUSE_ID] },
        },
      },
    );
    const id = created.body.decision.decision.id;
    // A draft tells no one.
    expect((await notificationsOf(world.fkRep)).notifications).toEqual([]);
    await api('POST', `/decisions/${id}/open`, { token: world.coordinator.token });

    const forFk = await waitFor(async () => {
      const listed = await notificationsOf(world.fkRep);
      return listed.notifications.length === 1 ? listed : null;
    });
    expect(forFk.notifications[0]).toMatchObject({
      kind: 'position_awaited',
      decisionId: id,
      decisionTitle: 'Parternas insatser och resurser',
      documentId: DOCUMENT_ID,
      threadId: null,
      actorName: 'Maria Samordnare',
    });
    await waitFor(async () => (await notificationsOf(world.unionRep)).notifications.length === 1);
    const mail = await inbox.nextFor(emailOf(world.fkRep));
    expect(mail.text).toContain(
      'Beslutet ”Parternas insatser och resurser” väntar på din organisations ställningstagande',
    );
    expect(mail.text).toContain(`/workspaces/${server.access.workspaceId}/decisions/${id}`);

    // Events are processed one at a time in commit order: once a later mention
    // has arrived, the decision's event is done, and nobody else was told.
    await api('POST', `/documents/${DOCUMENT_ID}/threads`, {
      token: world.coordinator.token,
      body: {
        body: 'Kan du ta detta?',
        mentions: [{ kind: 'person', id: world.fkWithoutMandate.userId }],
      },
    });
    const later = await waitFor(async () => {
      const listed = await notificationsOf(world.fkWithoutMandate);
      return listed.notifications.length > 0 ? listed : null;
    });
    expect(later.notifications.map((n) => n.kind)).toEqual(['mention']);
    for (const who of [world.kommunRep, world.referenceMember, world.coordinator]) {
      expect((await notificationsOf(who)).notifications).toEqual([]);
    }
  });
});
