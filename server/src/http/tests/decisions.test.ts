// Decisions through the real server (SQLite; MongoDB when MONGODB_URL is set):
// a draft's required organisations default to the deciding body's; opening
// stores the clause's wording; who may record an organisation's position
// (its mandated representative, commenters included; the coordinator only on
// its behalf with who stated it; never another organisation's, never without
// mandate); every recording is a new entry, concurrent ones included; closing
// against the rule's result needs a statement; the CSV export carries every
// position and reason; invalid input is refused with 400.
import type { DecisionResponse, DecisionView, DecisionListResponse } from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../services/contentHash.js';
import { apiClient, startTestServer, startTestServerOnMongo } from '../../test-support/index.js';
import { testMongoUrl } from '../../test-support/mongoTestStore.js';
import type { Store } from '../../store/port.js';
import type { ApiCall, TestAccess, TestServer } from '../../test-support/index.js';
import {
  buildDecisionWorld,
  CLAUSE_ID,
  CLAUSE_TEXT,
  DOCUMENT_ID,
} from '../../test-support/decisionWorld.js';
import type { DecisionWorld } from '../../test-support/decisionWorld.js';

const mongoUrl = testMongoUrl();
const stores: { name: string; start(): Promise<TestServer<Store>> }[] = [
  { name: 'SQLite', start: () => startTestServer() },
  ...(mongoUrl ? [{ name: 'MongoDB', start: () => startTestServerOnMongo(mongoUrl) }] : []),
];

describe.each(stores)('decisions over REST ($name)', ({ start }) => {
  let server: TestServer<Store>;
  let api: ApiCall;
  let world: DecisionWorld;

  beforeEach(async () => {
    server = await start();
    api = apiClient(server.url);
    world = await buildDecisionWorld(server);
  });
  afterEach(async () => {
    await server.close();
  });

  const as = (who: TestAccess) => ({ token: who.token });

  async function draft(body: Record<string, unknown> = {}): Promise<DecisionView> {
    const created = await api<DecisionResponse>(
      'POST',
      `/workspaces/${server.access.workspaceId}/decisions`,
      {
        ...as(world.coordinator),
        body: {
          bodyId: world.steeringGroup,
          advisoryBodyIds: [world.referenceGroup],
          type: 'document_approval',
          title: 'Parternas insatser i IOP-avtalet',
          proposal: 'Styrgruppen godkänner klausulen.',
          rule: { kind: 'consent_all_parties' },
          subject: { documentId: DOCUMENT_ID, sectionIds: [CLAUSE_ID] },
          ...body,
        },
      },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.decision;
  }

  async function opened(body: Record<string, unknown> = {}): Promise<DecisionView> {
    const decision = await draft(body);
    const result = await api<DecisionResponse>('POST', `/decisions/${decision.decision.id}/open`, {
      ...as(world.coordinator),
    });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    return result.body.decision;
  }

  const record = (
    who: TestAccess,
    decisionId: string,
    organisationId: string,
    body: Record<string, unknown>,
  ) =>
    api<DecisionResponse>('PUT', `/decisions/${decisionId}/positions/${organisationId}`, {
      ...as(who),
      body,
    });

  it('drafts with the deciding body’s organisations, and opening stores the clause’s wording', async () => {
    const created = await draft();
    expect(created.decision.status).toBe('draft');
    expect(new Set(created.decision.requiredOrganisationIds)).toEqual(
      new Set([world.kommun, world.fk, world.facket]),
    );
    expect(created.decision.subject?.sections[0]).toMatchObject({
      sectionId: CLAUSE_ID,
      heading: 'Parternas insatser och resurser',
      wording: null,
    });
    const open = await api<DecisionResponse>('POST', `/decisions/${created.decision.id}/open`, {
      ...as(world.coordinator),
    });
    const wording = `Parternas insatser och resurser\n${CLAUSE_TEXT}`;
    expect(open.body.decision.decision.subject?.sections[0]).toMatchObject({
      wording,
      contentHash: contentHash(wording),
    });
    expect(open.body.decision.decision.contentHash).toBe(contentHash(wording));
    expect(open.body.decision.result).toMatchObject({ outcome: 'pending', approving: [] });
    const events = await server.store.events.listRecent(server.access.workspaceId, {
      limit: 5,
      objectId: created.decision.id,
    });
    expect(events.map((e) => e.action)).toEqual(['decision:open', 'decision:create']);
    expect(events[0]!.payload).toMatchObject({ documentId: DOCUMENT_ID, sectionIds: [CLAUSE_ID] });
    // Opening twice is a conflict, not a second open.
    const again = await api(
      'POST',
      `/decisions/${created.decision.id}/open`,
      as(world.coordinator),
    );
    expect(again.status).toBe(409);
  });

  it('lets only the mandated representative record their organisation’s position', async () => {
    const { decision } = await opened();
    // A union representative cannot record Försäkringskassan's position.
    expect(
      (await record(world.unionRep, decision.id, world.fk, { position: 'approve' })).status,
    ).toBe(403);
    // A member without mandate cannot record their own organisation's.
    expect(
      (await record(world.fkWithoutMandate, decision.id, world.fk, { position: 'approve' })).status,
    ).toBe(403);
    // A commenter with mandate can: positions are not edits.
    const recorded = await record(world.fkRep, decision.id, world.fk, { position: 'approve' });
    expect(recorded.status).toBe(200);
    expect(recorded.body.decision.positions).toEqual([
      expect.objectContaining({
        approver: { kind: 'organisation', organisationId: world.fk },
        verdict: 'approve',
        recordedBy: world.fkRep.userId,
        recordedByName: 'Fredrik FK',
        onBehalf: null,
        contentHash: decision.contentHash,
        wordingChangedSince: false,
      }),
    ]);
    expect(recorded.body.decision.abilities).toMatchObject({ recordOnBehalf: false });
    const fkView = await api<DecisionResponse>('GET', `/decisions/${decision.id}`, as(world.fkRep));
    expect(fkView.body.decision.abilities.recordFor).toEqual([world.fk]);
    const noMandateView = await api<DecisionResponse>(
      'GET',
      `/decisions/${decision.id}`,
      as(world.fkWithoutMandate),
    );
    expect(noMandateView.body.decision.abilities.recordFor).toEqual([]);
  });

  it('lets the coordinator record on an organisation’s behalf only with who stated it', async () => {
    const { decision } = await opened();
    expect(
      (await record(world.coordinator, decision.id, world.facket, { position: 'approve' })).status,
    ).toBe(403);
    expect(
      (
        await record(world.unionRep, decision.id, world.fk, {
          position: 'approve',
          onBehalf: { statedBy: 'Fredrik FK' },
        })
      ).status,
    ).toBe(403);
    const onBehalf = await record(world.coordinator, decision.id, world.facket, {
      position: 'approve_with_reservation',
      reason: 'Under förutsättning att arbetsmiljön följs upp',
      onBehalf: { statedBy: 'Ulla Facket' },
    });
    expect(onBehalf.status).toBe(200);
    expect(onBehalf.body.decision.positions[0]).toMatchObject({
      verdict: 'approve_with_reservation',
      recordedBy: world.coordinator.userId,
      onBehalf: { statedBy: 'Ulla Facket', meetingId: null },
    });
    const [event] = await server.store.events.listRecent(server.access.workspaceId, {
      limit: 1,
      objectId: decision.id,
    });
    expect(event).toMatchObject({
      action: 'position:record_on_behalf',
      payload: {
        organisationId: world.facket,
        position: 'approve_with_reservation',
        onBehalf: true,
      },
    });
  });

  it('keeps every position as history, concurrent recordings included', async () => {
    const { decision } = await opened();
    await record(world.fkRep, decision.id, world.fk, { position: 'pending_anchoring' });
    const [first, second] = await Promise.all([
      record(world.kommunRep, decision.id, world.kommun, { position: 'approve' }),
      record(world.coordinator, decision.id, world.kommun, {
        position: 'reject',
        reason: 'Enligt kommunstyrelsen saknas finansiering',
        onBehalf: { statedBy: 'Karin Kommun' },
      }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    await record(world.fkRep, decision.id, world.fk, { position: 'approve' });
    const view = (await api<DecisionResponse>('GET', `/decisions/${decision.id}`, as(world.fkRep)))
      .body.decision;
    const kommunHistory = view.history.filter(
      (p) => p.approver.kind === 'organisation' && p.approver.organisationId === world.kommun,
    );
    expect(kommunHistory.map((p) => p.verdict).sort()).toEqual(['approve', 'reject']);
    expect(view.history).toHaveLength(4);
    const fkLatest = view.positions.find(
      (p) => p.approver.kind === 'organisation' && p.approver.organisationId === world.fk,
    );
    expect(fkLatest?.verdict).toBe('approve');
    expect(view.positions).toHaveLength(2);
  });

  it('computes the result live and needs a statement to close against it', async () => {
    const { decision } = await opened();
    await record(world.kommunRep, decision.id, world.kommun, { position: 'approve' });
    await record(world.fkRep, decision.id, world.fk, { position: 'approve' });
    const view = (await api<DecisionResponse>('GET', `/decisions/${decision.id}`, as(world.fkRep)))
      .body.decision;
    expect(view.result).toEqual({
      outcome: 'pending',
      approving: expect.arrayContaining([world.kommun, world.fk]),
      rejecting: [],
      awaiting: [world.facket],
    });
    const close = (body: Record<string, unknown>, who = world.coordinator) =>
      api<DecisionResponse>('POST', `/decisions/${decision.id}/close`, { ...as(who), body });
    expect(
      (await close({ outcome: 'decided', statement: 'Godkänt' }, world.kommunRep)).status,
    ).toBe(403);
    const refused = await close({ outcome: 'decided', statement: 'Styrgruppen godkänner.' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { code: 'statement_required' } });
    await record(world.unionRep, decision.id, world.facket, { position: 'approve' });
    const closed = await close({
      outcome: 'decided',
      statement: 'Styrgruppen godkänner klausulen.',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.decision.decision).toMatchObject({
      status: 'decided',
      outcomeStatement: 'Styrgruppen godkänner klausulen.',
      overrideStatement: null,
      closedBy: world.coordinator.userId,
    });
    // Closed: no more positions.
    expect(
      (await record(world.fkRep, decision.id, world.fk, { position: 'reject', reason: 'x' }))
        .status,
    ).toBe(409);
  });

  it('closes against the result with a statement, and withdraws a draft', async () => {
    const { decision } = await opened({ rule: { kind: 'majority_of_organisations' } });
    const closed = await api<DecisionResponse>('POST', `/decisions/${decision.id}/close`, {
      ...as(world.coordinator),
      body: {
        outcome: 'rejected',
        statement: 'Ärendet avslås.',
        overrideStatement: 'Finansieringen föll bort efter kommunfullmäktiges beslut.',
      },
    });
    expect(closed.status).toBe(200);
    expect(closed.body.decision.decision.overrideStatement).toMatch(/Finansieringen/);
    const other = await draft();
    const withdrawn = await api<DecisionResponse>('POST', `/decisions/${other.decision.id}/close`, {
      ...as(world.coordinator),
      body: { outcome: 'withdrawn', statement: 'Dras tillbaka.' },
    });
    expect(withdrawn.body.decision.decision.status).toBe('withdrawn');
  });

  it('takes advisory statements from the advisory body’s members only', async () => {
    const { decision } = await opened();
    const statement = (who: TestAccess) =>
      api<DecisionResponse>('POST', `/decisions/${decision.id}/statements`, {
        ...as(who),
        body: { bodyId: world.referenceGroup, text: 'Referensgruppen tillstyrker.' },
      });
    expect((await statement(world.unionRep)).status).toBe(403);
    const made = await statement(world.referenceMember);
    expect(made.status).toBe(201);
    expect(made.body.decision.statements).toEqual([
      expect.objectContaining({
        bodyId: world.referenceGroup,
        text: 'Referensgruppen tillstyrker.',
      }),
    ]);
    expect(made.body.decision.result.approving).toEqual([]); // never counted
  });

  it('lists with filters, including what awaits my organisation', async () => {
    const open = await opened();
    const other = await draft({
      type: 'mandate',
      subject: null,
      advisoryBodyIds: [],
      title: 'Mandat för förstudien',
    });
    await record(world.fkRep, open.decision.id, world.fk, { position: 'approve' });
    const list = (query: string, who = world.unionRep) =>
      api<DecisionListResponse>(
        'GET',
        `/workspaces/${server.access.workspaceId}/decisions${query}`,
        as(who),
      ).then((r) => r.body.decisions.map((item) => item.decision.id));
    expect(await list('')).toEqual([open.decision.id, other.decision.id]);
    expect(await list('?status=draft')).toEqual([other.decision.id]);
    expect(await list('?type=mandate')).toEqual([other.decision.id]);
    expect(await list(`?documentId=${DOCUMENT_ID}`)).toEqual([open.decision.id]);
    expect(await list(`?bodyId=${world.referenceGroup}`)).toEqual([open.decision.id]);
    expect(await list('?awaitingMyOrganisation=true')).toEqual([open.decision.id]);
    expect(await list('?awaitingMyOrganisation=true', world.fkRep)).toEqual([]);
  });

  it('exports every position and reason, history included, as CSV for Excel', async () => {
    const { decision } = await opened();
    await record(world.fkRep, decision.id, world.fk, { position: 'approve' });
    await record(world.fkRep, decision.id, world.fk, {
      position: 'reject',
      reason: 'Vi kan inte, "i nuläget", bidra med\nhandläggare',
    });
    await record(world.coordinator, decision.id, world.facket, {
      position: 'approve_with_reservation',
      reason: '=Förbehåll',
      onBehalf: { statedBy: 'Ulla Facket' },
    });
    const response = await fetch(
      `${server.url}/api/workspaces/${server.access.workspaceId}/decisions/export?format=csv`,
      { headers: { authorization: `Bearer ${world.unionRep.token}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(
      /^"Beslut-ID","Rubrik",.*"Organisation","Ställningstagande","Motivering"/,
    );
    expect(text).toContain('"Försäkringskassan","Godkänner","","Fredrik FK","",');
    expect(text).toContain(
      '"Försäkringskassan","Avslår","Vi kan inte, ""i nuläget"", bidra med\nhandläggare","Fredrik FK"',
    );
    expect(text).toContain(
      `"Kommunal","Godkänner med reservation","'=Förbehåll","Maria Samordnare","Ulla Facket"`,
    );
    // The first FK position is history, the second the one that counts.
    expect(text).toMatch(/"Godkänner","","Fredrik FK","","[^"]+","nej"/);
    expect(text).toMatch(/"Avslår",.*"Fredrik FK","","[^"]+","ja"/s);
    const markdown = await fetch(
      `${server.url}/api/workspaces/${server.access.workspaceId}/decisions/export?format=md`,
      { headers: { authorization: `Bearer ${world.unionRep.token}` } },
    );
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const md = await markdown.text();
    expect(md).toContain('## Parternas insatser i IOP-avtalet');
    expect(md).toContain(
      '| Kommunal | Godkänner med reservation | =Förbehåll | Maria Samordnare enligt Ulla Facket |',
    );
  });

  it('refuses invalid input with 400', async () => {
    const workspacePath = `/workspaces/${server.access.workspaceId}/decisions`;
    const post = (body: unknown) => api('POST', workspacePath, { ...as(world.coordinator), body });
    const valid = {
      bodyId: world.steeringGroup,
      type: 'other',
      title: 'Ett beslut',
      rule: { kind: 'consent_all_parties' },
    };
    expect((await post({ ...valid, title: '' })).status).toBe(400);
    expect((await post({ ...valid, rule: { kind: 'dictatorship' } })).status).toBe(400);
    expect((await post({ ...valid, type: 'coup' })).status).toBe(400);
    expect((await post({ ...valid, title: 'x'.repeat(301) })).status).toBe(400);
    expect((await post({ ...valid, bodyId: world.referenceGroup })).status).toBe(400); // advisory
    expect((await post({ ...valid, requiredOrganisationIds: ['no-such-org'] })).status).toBe(400);
    expect(
      (
        await post({
          ...valid,
          rule: { kind: 'lead_authority_after_consultation', leadOrganisationId: 'nobody' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await post({
          ...valid,
          subject: { documentId: DOCUMENT_ID, sectionIds: ['no-such-section'] },
        })
      ).status,
    ).toBe(400);
    expect((await post({ ...valid, deadline: 'next tuesday' })).status).toBe(400);
    expect((await api('GET', `${workspacePath}?status=maybe`, as(world.fkRep))).status).toBe(400);
    expect((await api('GET', `${workspacePath}/export?format=pdf`, as(world.fkRep))).status).toBe(
      400,
    );

    const { decision } = await opened();
    expect((await record(world.fkRep, decision.id, world.fk, { position: 'reject' })).status).toBe(
      400,
    );
    expect(
      (
        await record(world.fkRep, decision.id, world.fk, {
          position: 'approve_with_reservation',
          reason: '  ',
        })
      ).status,
    ).toBe(400);
    expect((await record(world.fkRep, decision.id, world.fk, { position: 'yes' })).status).toBe(
      400,
    );
    expect(
      (
        await record(world.fkRep, decision.id, world.fk, {
          position: 'approve',
          reason: 'x'.repeat(4001),
        })
      ).status,
    ).toBe(400);
    const close = await api('POST', `/decisions/${decision.id}/close`, {
      ...as(world.coordinator),
      body: { outcome: 'postponed', statement: 'x' },
    });
    expect(close.status).toBe(400);
    const patch = await api('PATCH', `/decisions/${decision.id}`, {
      ...as(world.coordinator),
      body: {},
    });
    expect(patch.status).toBe(400);
    // An open decision keeps what positions are bound to.
    const locked = await api('PATCH', `/decisions/${decision.id}`, {
      ...as(world.coordinator),
      body: { proposal: 'Något annat' },
    });
    expect(locked.status).toBe(409);
    expect((await api('GET', '/decisions/unknown', as(world.fkRep))).status).toBe(404);
  });
});
