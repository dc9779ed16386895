// Meetings through the real server (SQLite; MongoDB too when MONGODB_URL is
// set) with stock y-websocket clients: planning with 400s for bad input;
// the chair alone leads (start creates and prefills the minutes, next/goto
// move every screen through the event log, end); a decision closed in the
// meeting is written into the minutes under its item while the secretary
// types (both land); only the secretary sends, only named approvers approve
// and only the version sent; an edit after sending voids approvals; when
// all approved the minutes lock on REST and Yjs; an admin unlocks; the
// calendar feeds.
import type {
  AgendaItemResponse,
  DecisionResponse,
  MeetingListResponse,
  MeetingResponse,
  MeetingView,
} from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDocumentNode } from '../../services/documentContent.js';
import { EDITOR_FRAGMENT } from '../../services/templateContent.js';
import { buildDecisionWorld, CLAUSE_ID, DOCUMENT_ID } from '../../test-support/decisionWorld.js';
import type { DecisionWorld } from '../../test-support/decisionWorld.js';
import {
  apiClient,
  connectProvider,
  startTestServer,
  startTestServerOnMongo,
  waitFor,
} from '../../test-support/index.js';
import type { ApiCall, ProviderClient, TestAccess, TestServer } from '../../test-support/index.js';
import { testMongoUrl } from '../../test-support/mongoTestStore.js';
import type { Store } from '../../store/port.js';

const mongoUrl = testMongoUrl();
const stores: { name: string; start(): Promise<TestServer<Store>> }[] = [
  { name: 'SQLite', start: () => startTestServer() },
  ...(mongoUrl ? [{ name: 'MongoDB', start: () => startTestServerOnMongo(mongoUrl) }] : []),
];

const textOf = (doc: Y.Doc) => {
  const node = readDocumentNode(doc);
  return node.textBetween(0, node.content.size, '\n');
};

describe.each(stores)('meetings over REST and Yjs ($name)', ({ start }) => {
  let server: TestServer<Store>;
  let api: ApiCall;
  let world: DecisionWorld;
  let clients: ProviderClient[];

  beforeEach(async () => {
    server = await start();
    api = apiClient(server.url);
    world = await buildDecisionWorld(server);
    clients = [];
  });
  afterEach(async () => {
    for (const client of clients) client.destroy();
    await server.close();
  });

  const as = (who: TestAccess) => ({ token: who.token });
  const connect = (who: TestAccess, documentId: string) => {
    const client = connectProvider(server.wsUrl, documentId, { params: who.params });
    clients.push(client);
    return client;
  };

  async function plan(body: Record<string, unknown> = {}): Promise<MeetingView> {
    const created = await api<MeetingResponse>('POST', `/bodies/${world.steeringGroup}/meetings`, {
      ...as(world.coordinator),
      body: {
        title: 'Styrgruppsmöte – IOP Vägen till arbete',
        startsAt: '2026-05-12T08:00:00Z',
        endsAt: '2026-05-12T10:00:00+00:00',
        place: 'Stadshuset, sal Vänern',
        chairUserId: world.kommunRep.userId,
        secretaryUserId: world.fkWithoutMandate.userId,
        approverUserIds: [world.fkRep.userId, world.unionRep.userId],
        ...body,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.meeting;
  }

  async function addItem(meetingId: string, body: Record<string, unknown>) {
    const added = await api<AgendaItemResponse>('POST', `/meetings/${meetingId}/agenda`, {
      ...as(world.coordinator),
      body,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    return added.body.item;
  }

  async function openDecision(): Promise<string> {
    const created = await api<DecisionResponse>(
      'POST',
      `/workspaces/${server.access.workspaceId}/decisions`,
      {
        ...as(world.coordinator),
        body: {
          bodyId: world.steeringGroup,
          type: 'document_approval',
          title: 'Parternas insatser',
          rule: { kind: 'consent_all_parties' },
          subject: { documentId: DOCUMENT_ID, sectionIds: [CLAUSE_ID] },
        },
      },
    );
    const id = created.body.decision.decision.id;
    expect((await api('POST', `/decisions/${id}/open`, as(world.coordinator))).status).toBe(200);
    return id;
  }

  const command = (who: TestAccess, meetingId: string, path: string, body?: unknown) =>
    api<MeetingResponse>('POST', `/meetings/${meetingId}/${path}`, {
      ...as(who),
      ...(body !== undefined && { body }),
    });

  it('refuses bad input with 400 and planning by those who may not', async () => {
    const path = `/bodies/${world.steeringGroup}/meetings`;
    const good = {
      title: 'Möte',
      startsAt: '2026-05-12T08:00:00Z',
      endsAt: '2026-05-12T10:00:00Z',
    };
    const bad: Array<Record<string, unknown>> = [
      { ...good, endsAt: '2026-05-12T07:00:00Z' },
      { ...good, startsAt: 'imorgon' },
      { ...good, title: '' },
      { ...good, videoLink: 'javascript:alert(1)' },
      { ...good, approverUserIds: [world.fkRep.userId, world.fkRep.userId] },
      { ...good, chairUserId: 'not-a-member' },
    ];
    for (const body of bad) {
      const answer = await api(`POST`, path, { ...as(world.coordinator), body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    expect((await api('POST', path, { ...as(world.fkRep), body: good })).status).toBe(403);
    expect(
      (await api('POST', `/bodies/nope/meetings`, { ...as(world.coordinator), body: good })).status,
    ).toBe(404);

    const meeting = await plan();
    const id = meeting.meeting.id;
    const badAgenda = [
      { title: '' },
      { title: 'x', sectionId: 's-1' },
      { title: 'x', estimateMinutes: -5 },
      { title: 'x', documentId: 'not-here' },
    ];
    for (const body of badAgenda) {
      const answer = await api('POST', `/meetings/${id}/agenda`, {
        ...as(world.coordinator),
        body,
      });
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    const attendance = await api('PUT', `/meetings/${id}/attendance`, {
      ...as(world.coordinator),
      body: { entries: [{ organisationId: world.fk, name: 'Fredrik FK', status: 'substitute' }] },
    });
    expect(attendance.status).toBe(400);
    const reorder = await api('PUT', `/meetings/${id}/agenda/order`, {
      ...as(world.coordinator),
      body: { itemIds: ['a', 'a'] },
    });
    expect(reorder.status).toBe(400);
    const goto = await api('POST', `/meetings/${id}/goto`, { ...as(world.kommunRep), body: {} });
    expect(goto.status).toBe(400);
    const approve = await api('POST', `/meetings/${id}/minutes/approve`, {
      ...as(world.fkRep),
      body: { contentHash: 'nope' },
    });
    expect(approve.status).toBe(400);
  });

  it('runs a meeting from agenda to approved, locked minutes', async () => {
    const decisionId = await openDecision();
    const planned = await plan();
    const id = planned.meeting.id;
    const opening = await addItem(id, { title: 'Mötets öppnande', estimateMinutes: 5 });
    const clause = await addItem(id, {
      title: 'Parternas insatser',
      presenter: 'Maria Samordnare',
      documentId: DOCUMENT_ID,
      sectionId: CLAUSE_ID,
      decisionId,
    });
    const other = await addItem(id, { title: 'Övriga frågor' });
    // The secretary (or a planner) takes attendance; other members may not.
    const refusedAttendance = await api('PUT', `/meetings/${id}/attendance`, {
      ...as(world.fkRep),
      body: { entries: [] },
    });
    expect(refusedAttendance.status).toBe(403);
    const attendance = await api<MeetingResponse>('PUT', `/meetings/${id}/attendance`, {
      ...as(world.fkWithoutMandate),
      body: {
        entries: [
          {
            organisationId: world.kommun,
            userId: world.kommunRep.userId,
            name: 'Karin Kommun',
            status: 'present',
          },
          {
            organisationId: world.fk,
            name: 'Fredrik FK',
            status: 'substitute',
            substituteName: 'Åsa Ödman',
          },
          {
            organisationId: world.facket,
            userId: world.unionRep.userId,
            name: 'Ulla Facket',
            status: 'absent',
          },
        ],
      },
    });
    expect(attendance.status).toBe(200);
    expect(
      Object.fromEntries(
        attendance.body.meeting.attendance.map((o) => [o.organisationId, o.represented]),
      ),
    ).toEqual({ [world.kommun]: true, [world.fk]: true, [world.facket]: false });

    // A position cannot be marked as recorded in a meeting that has not started.
    const early = await api<{ error: { code: string } }>(
      'PUT',
      `/decisions/${decisionId}/positions/${world.kommun}`,
      { ...as(world.kommunRep), body: { position: 'approve', meetingId: id } },
    );
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('meeting_not_in_progress');

    // Only the chair leads.
    expect((await command(world.coordinator, id, 'next')).status).toBe(409);
    expect((await command(world.fkRep, id, 'start')).status).toBe(403);
    const started = await command(world.kommunRep, id, 'start');
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body.meeting.meeting).toMatchObject({
      status: 'in_progress',
      currentAgendaItemId: opening.id,
    });
    expect((await command(world.kommunRep, id, 'start')).status).toBe(409);
    const minutesId = started.body.meeting.meeting.minutesDocumentId!;

    // The minutes are prefilled; the secretary types while a decision is written in.
    const secretary = connect(world.fkWithoutMandate, minutesId);
    const member = connect(world.referenceMember, minutesId);
    await Promise.all([secretary.whenSynced(), member.whenSynced()]);
    const prefilled = textOf(secretary.doc);
    expect(prefilled).toContain('Ordförande: Karin Kommun');
    expect(prefilled).toContain('Sekreterare: Nils Utan');
    expect(prefilled).toContain('Försäkringskassan: Åsa Ödman (ersättare för Fredrik FK)');
    expect(prefilled).toContain('Kommunal: ej representerad (Ulla Facket (frånvarande))');
    expect(prefilled).toContain('§ 2 Parternas insatser');
    expect(prefilled).toContain('Justerare: Fredrik FK, Ulla Facket');

    const moved = await command(world.kommunRep, id, 'next');
    expect(moved.body.meeting.meeting.currentAgendaItemId).toBe(clause.id);
    const events = await server.store.events.listRecent(server.access.workspaceId, {
      limit: 1,
      objectId: id,
    });
    expect(events[0]).toMatchObject({
      action: 'meeting:chair',
      payload: { command: 'next', currentAgendaItemId: clause.id, status: 'in_progress' },
    });

    for (const [who, organisationId] of [
      [world.kommunRep, world.kommun],
      [world.fkRep, world.fk],
    ] as const) {
      const recorded = await api('PUT', `/decisions/${decisionId}/positions/${organisationId}`, {
        ...as(who),
        body: { position: 'approve', meetingId: id },
      });
      expect(recorded.status).toBe(200);
    }
    await api('PUT', `/decisions/${decisionId}/positions/${world.facket}`, {
      ...as(world.coordinator),
      body: { position: 'abstain', onBehalf: { statedBy: 'Ulla Facket', meetingId: id } },
    });
    // The secretary writes a note at the end while the decision is closed.
    const fragment = secretary.doc.getXmlFragment(EDITOR_FRAGMENT);
    const note = new Y.XmlElement('paragraph');
    note.insert(0, [new Y.XmlText('Sekreterarens anteckning under mötet.')]);
    fragment.insert(fragment.length, [note]);
    const closed = await api('POST', `/decisions/${decisionId}/close`, {
      ...as(world.coordinator),
      body: {
        outcome: 'decided',
        statement: 'Styrgruppen godkänner parternas insatser.',
        overrideStatement: 'Facket avstod.',
        meetingId: id,
      },
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    for (const client of [secretary, member]) {
      await waitFor(
        () =>
          textOf(client.doc).includes('Beslut: Parternas insatser. Beslutat.') &&
          textOf(client.doc).includes('Sekreterarens anteckning under mötet.'),
      );
    }
    const both = textOf(member.doc);
    expect(both).toContain('Kommunal: avstår, enligt Ulla Facket');
    expect(both.indexOf('Beslut: Parternas insatser')).toBeGreaterThan(
      both.indexOf('§ 2 Parternas insatser'),
    );
    expect(both.indexOf('Beslut: Parternas insatser')).toBeLessThan(both.indexOf('§ 3 Övriga'));

    const jumped = await command(world.kommunRep, id, 'goto', { agendaItemId: other.id });
    expect(jumped.body.meeting.meeting.currentAgendaItemId).toBe(other.id);
    expect((await command(world.kommunRep, id, 'end')).body.meeting.meeting.status).toBe('ended');
    // Positions recorded during the meeting are marked as recorded in it.
    const marked = await server.store.approvals.listBySubject({ kind: 'decision', id: decisionId });
    expect(marked.map((a) => a.meetingId)).toEqual([id, id, id]);

    // Only the secretary sends; only named approvers approve the version sent.
    expect((await command(world.kommunRep, id, 'send-minutes')).status).toBe(403);
    const sent = await command(world.fkWithoutMandate, id, 'send-minutes');
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const firstHash = sent.body.meeting.minutes.sentContentHash!;
    // Each named approver is asked (a notification; mailed in batches with SMTP).
    for (const approver of [world.fkRep, world.unionRep]) {
      await waitFor(async () =>
        (await server.store.notifications.listByUser(approver.userId, 10)).some(
          (n) => n.kind === 'minutes_approval_requested' && n.meetingId === id,
        ),
      );
    }
    expect(
      (await server.store.notifications.listByUser(world.kommunRep.userId, 10)).filter(
        (n) => n.kind === 'minutes_approval_requested',
      ),
    ).toEqual([]);
    expect(sent.body.meeting.abilities.approveMinutes).toBe(false);
    const approve = (who: TestAccess, contentHash: string) =>
      command(who, id, 'minutes/approve', { contentHash });
    expect((await approve(world.kommunRep, firstHash)).status).toBe(403);
    expect((await approve(world.fkRep, 'f'.repeat(64))).status).toBe(409);
    expect((await approve(world.fkRep, firstHash)).status).toBe(200);

    // An edit after sending voids the approval given so far.
    const late = new Y.XmlElement('paragraph');
    late.insert(0, [new Y.XmlText('Rättelse efter utskick.')]);
    fragment.insert(fragment.length, [late]);
    await waitFor(async () => {
      const view = await api<MeetingResponse>('GET', `/meetings/${id}`, as(world.unionRep));
      return view.body.meeting.minutes.editedSinceSent;
    });
    const refused = await approve(world.unionRep, firstHash);
    expect(refused.status).toBe(409);
    expect((refused.body as unknown as { error: { code: string } }).error.code).toBe(
      'edited_since_sent',
    );
    const resent = await command(world.fkWithoutMandate, id, 'send-minutes');
    const secondHash = resent.body.meeting.minutes.sentContentHash!;
    expect(secondHash).not.toBe(firstHash);
    expect(
      resent.body.meeting.minutes.approvers.find((a) => a.userId === world.fkRep.userId),
    ).toMatchObject({
      approved: false,
      approvedEarlierVersion: true,
    });
    expect((await approve(world.fkRep, firstHash)).status).toBe(409);
    expect((await approve(world.fkRep, secondHash)).status).toBe(200);
    const done = await approve(world.unionRep, secondHash);
    expect(done.body.meeting.meeting.status).toBe('minutes_approved');
    expect(done.body.meeting.minutes).toMatchObject({ locked: true });
    expect(done.body.meeting.minutes.approvers.every((a) => a.approved && a.approvedAt)).toBe(true);
    const versions = await server.store.versions.listByDocument(minutesId);
    expect(versions.map((v) => v.origin)).toEqual(
      expect.arrayContaining(['minutes_approved', 'minutes_sent', 'minutes_sent']),
    );

    // The exported minutes carry the approvers, their organisations and dates.
    const exported = await fetch(`${server.url}/api/documents/${minutesId}/export?format=md`, {
      headers: { authorization: `Bearer ${world.coordinator.token}` },
    });
    const markdown = await exported.text();
    expect(exported.status).toBe(200);
    for (const expected of ['Fredrik FK', 'Försäkringskassan', 'Ulla Facket', 'Kommunal']) {
      expect(markdown).toContain(expected);
    }

    // Locked: REST refuses; a fresh Yjs connection is read-only and its writes never land.
    const rename = await api('PATCH', `/documents/${minutesId}`, {
      ...as(world.coordinator),
      body: { title: 'Ändrat' },
    });
    expect(rename.status).toBe(403);
    const restore = await api('POST', `/versions/${versions.at(-1)!.id}/restore`, {
      ...as(world.coordinator),
      body: {},
    });
    expect(restore.status).toBe(403);
    const shown = await api<{ abilities: string[] }>(
      'GET',
      `/documents/${minutesId}`,
      as(world.coordinator),
    );
    expect(shown.body.abilities).toContain('document:read');
    expect(shown.body.abilities).not.toContain('document:edit');
    // The workspace's document list says the same, so no screen offers a change it would refuse.
    const listed = await api<{ abilities: Record<string, string[]> }>(
      'GET',
      `/workspaces/${server.access.workspaceId}/documents`,
      as(world.coordinator),
    );
    expect(listed.body.abilities[minutesId]).toContain('document:read');
    expect(listed.body.abilities[minutesId]).not.toContain('document:update');
    expect(listed.body.abilities[minutesId]).not.toContain('document:edit');
    // The secretary's connection was open when the minutes locked: it is
    // reconnected read-only, so what it types now never lands. Awareness goes
    // over the same socket after the update, so once the reader sees the
    // probe the server has handled (and dropped) the write.
    const reader = connect(world.referenceMember, minutesId);
    await reader.whenSynced();
    const before = textOf(reader.doc);
    await waitFor(() => secretary.provider.wsconnected && secretary.provider.synced);
    const attempt = new Y.XmlElement('paragraph');
    attempt.insert(0, [new Y.XmlText('Otillåten ändring.')]);
    fragment.insert(0, [attempt]);
    const position = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(fragment, 0));
    secretary.provider.awareness.setLocalStateField('cursor', { anchor: position, head: position });
    await waitFor(() =>
      Boolean(reader.provider.awareness.getStates().get(secretary.doc.clientID)?.cursor),
    );
    expect(textOf(reader.doc)).toBe(before);
    const stored = await server.store.documents.load(minutesId);
    const storedDoc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(storedDoc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(storedDoc, update);
    expect(textOf(storedDoc)).not.toContain('Otillåten ändring.');
    expect(textOf(storedDoc)).toContain('Rättelse efter utskick.');

    // (The secretary's client still holds its refused edit; gone before access returns.)
    secretary.provider.destroy();

    // Unlocking: admins only, an event.
    expect((await command(world.kommunRep, id, 'unlock', { reason: 'Fel datum' })).status).toBe(
      403,
    );
    const unlocked = await command(world.coordinator, id, 'unlock', { reason: 'Fel datum' });
    expect(unlocked.body.meeting.meeting.status).toBe('ended');
    const last = await server.store.events.listRecent(server.access.workspaceId, {
      limit: 1,
      objectId: id,
    });
    expect(last[0]).toMatchObject({ action: 'minutes:unlock', payload: { reason: 'Fel datum' } });
    // Sent again unchanged, the approvals of that very wording still hold: locked again.
    const relocked = await command(world.fkWithoutMandate, id, 'send-minutes');
    expect(relocked.body.meeting.meeting.status).toBe('minutes_approved');
  });

  it('serves calendar feeds with UTC times, a stable UID and Swedish characters', async () => {
    const meeting = await plan({ title: 'Styrgruppsmöte – åäö ÅÄÖ' });
    await addItem(meeting.meeting.id, { title: 'Överenskommelsen' });
    const fetchText = async (path: string) => {
      const response = await fetch(`${server.url}/api${path}`, {
        headers: { authorization: `Bearer ${world.fkRep.token}` },
      });
      return { response, text: await response.text() };
    };
    const one = await fetchText(`/meetings/${meeting.meeting.id}.ics`);
    expect(one.response.status).toBe(200);
    expect(one.response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const unfolded = one.text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('BEGIN:VCALENDAR');
    expect(unfolded).toContain('DTSTART:20260512T080000Z');
    expect(unfolded).toContain('DTEND:20260512T100000Z');
    expect(unfolded).toContain('SUMMARY:Styrgruppsmöte – åäö ÅÄÖ');
    expect(unfolded).toContain('§ 1 Överenskommelsen');
    const uid = /UID:(.+)\r\n/.exec(unfolded)![1]!;
    expect(uid).toContain(meeting.meeting.id);
    await api('PATCH', `/meetings/${meeting.meeting.id}`, {
      ...as(world.coordinator),
      body: { place: 'Digitalt' },
    });
    const feed = await fetchText(`/bodies/${world.steeringGroup}/meetings.ics`);
    const feedText = feed.text.replace(/\r\n[ \t]/g, '');
    expect(feedText).toContain(`UID:${uid}`);
    expect(feedText).toContain('LOCATION:Digitalt');
    const list = await api<MeetingListResponse>(
      'GET',
      `/bodies/${world.steeringGroup}/meetings`,
      as(world.fkRep),
    );
    expect(list.body.meetings).toHaveLength(1);
    expect(list.body.meetings[0]!.agendaItemCount).toBe(1);
    const outsider = await server.access.addMember('viewer', 'Vera Viewer');
    expect((await fetchText(`/meetings/${meeting.meeting.id}.ics`)).response.status).toBe(200);
    void outsider;
  });
});
