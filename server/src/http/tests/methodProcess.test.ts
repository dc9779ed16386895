// The method over REST (issue 15), real server on SQLite (MongoDB when
// MONGODB_URL is set): the process tracker (a step requiring a decision
// cannot complete without a decided one; editors move status, only admins
// rename, skip and add; viewers read), the IOP legal test (history kept,
// "oklart" blocks proposing the result, which becomes a draft decision of
// type iop_legal_test) and the six principles (each organisation for itself).
import { randomUUID } from 'node:crypto';
import type {
  AssessPrinciplesRequest,
  LegalTestResponse,
  PrinciplesResponse,
  ProcessResponse,
} from '@samverka/shared';
import { legalTestCriteria, principles } from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aDecision } from '../../store/contract/decisions.contract.js';
import type { Store } from '../../store/port.js';
import { buildDecisionWorld, type DecisionWorld } from '../../test-support/decisionWorld.js';
import { apiClient, startTestServer, startTestServerOnMongo } from '../../test-support/index.js';
import type { ApiCall, TestAccess, TestServer } from '../../test-support/index.js';
import { testMongoUrl } from '../../test-support/mongoTestStore.js';

const mongoUrl = testMongoUrl();
const stores: { name: string; start(): Promise<TestServer<Store>> }[] = [
  { name: 'SQLite', start: () => startTestServer() },
  ...(mongoUrl ? [{ name: 'MongoDB', start: () => startTestServerOnMongo(mongoUrl) }] : []),
];

describe.each(stores)('process, legal test and principles over REST ($name)', ({ start }) => {
  let server: TestServer<Store>;
  let api: ApiCall;
  let world: DecisionWorld;
  let viewer: TestAccess;
  let ws: string;

  beforeEach(async () => {
    server = await start();
    api = apiClient(server.url);
    world = await buildDecisionWorld(server);
    viewer = await server.access.addMember('viewer', 'Vera Läsare');
    ws = server.access.workspaceId;
    await server.store.workspaces.update(ws, { kind: 'iop' });
  });
  afterEach(async () => {
    await server.close();
  });

  const as = (who: TestAccess, body?: unknown) => ({ token: who.token, body });
  const stepPath = (key: string) => `/workspaces/${ws}/process/steps/${ws}:${key}`;

  it('creates the IOP process and refuses to complete a step without its decided decision', async () => {
    const process = await api<ProcessResponse>('GET', `/workspaces/${ws}/process`, as(viewer));
    expect(process.status).toBe(200);
    expect(process.body.steps.map((s) => s.definitionKey)).toEqual([
      'initiative',
      'needs_and_legal_test',
      'agreement_draft',
      'decision',
      'signing',
      'implementation',
      'joint_follow_up',
      'renegotiation_or_end',
    ]);
    const legal = process.body.steps[1]!;
    expect(legal.blockedBy).toEqual({ code: 'decision_required', decisionType: 'iop_legal_test' });

    const progress = await api(
      'PATCH',
      stepPath('needs_and_legal_test'),
      as(world.kommunRep, { status: 'in_progress', notes: 'Utkast klart' }),
    );
    expect(progress.status).toBe(200);
    const refused = await api<{ error: { code: string } }>(
      'PATCH',
      stepPath('needs_and_legal_test'),
      as(world.kommunRep, { status: 'done' }),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('decision_required');

    // An open decision is not enough; a decided one is.
    await server.store.decisions.insert(
      aDecision({ workspaceId: ws, type: 'iop_legal_test', status: 'open', subject: null }),
    );
    expect(
      (
        await api(
          'PATCH',
          stepPath('needs_and_legal_test'),
          as(world.kommunRep, { status: 'done' }),
        )
      ).status,
    ).toBe(409);
    await server.store.decisions.insert(
      aDecision({ workspaceId: ws, type: 'iop_legal_test', status: 'decided', subject: null }),
    );
    const done = await api<{ step: { status: string; blockedBy: unknown } }>(
      'PATCH',
      stepPath('needs_and_legal_test'),
      as(world.kommunRep, { status: 'done' }),
    );
    expect(done.status).toBe(200);
    expect(done.body.step).toMatchObject({ status: 'done', blockedBy: null });

    const after = await api<ProcessResponse>('GET', `/workspaces/${ws}/process`, as(viewer));
    expect(after.body.progress).toMatchObject({
      done: 1,
      applicable: 8,
      currentStepId: `${ws}:initiative`,
    });
  });

  it('lets editors move status but only admins rename, skip and add; viewers only read', async () => {
    const rename = { title: 'Initiativ från föreningen' };
    expect((await api('PATCH', stepPath('initiative'), as(world.kommunRep, rename))).status).toBe(
      403,
    );
    expect(
      (
        await api(
          'PATCH',
          stepPath('initiative'),
          as(world.kommunRep, { status: 'not_applicable' }),
        )
      ).status,
    ).toBe(403);
    expect((await api('PATCH', stepPath('initiative'), as(viewer, { notes: 'x' }))).status).toBe(
      403,
    );
    expect((await api('PATCH', stepPath('initiative'), as(world.coordinator, rename))).status).toBe(
      200,
    );
    expect(
      (await api('PATCH', stepPath('signing'), as(world.coordinator, { status: 'not_applicable' })))
        .status,
    ).toBe(200);
    const added = await api<{ step: { id: string; position: number } }>(
      'POST',
      `/workspaces/${ws}/process/steps`,
      as(world.coordinator, {
        title: 'Referensgruppens yttrande',
        afterStepId: `${ws}:initiative`,
      }),
    );
    expect(added.status).toBe(201);
    expect(added.body.step.position).toBe(1);
    expect(
      (await api('POST', `/workspaces/${ws}/process/steps`, as(world.kommunRep, { title: 'X' })))
        .status,
    ).toBe(403);

    const process = await api<ProcessResponse>('GET', `/workspaces/${ws}/process`, as(viewer));
    expect(process.body.steps.slice(0, 3).map((s) => s.title)).toEqual([
      'Initiativ från föreningen',
      'Referensgruppens yttrande',
      'Behov och rättslig prövning',
    ]);
    expect(process.body.progress.applicable).toBe(8);

    expect(
      (await api('PATCH', stepPath('initiative'), as(world.kommunRep, { status: 'klar' }))).status,
    ).toBe(400);
    expect((await api('PATCH', stepPath('initiative'), as(world.kommunRep, {}))).status).toBe(400);
    expect((await api('PATCH', stepPath('nope'), as(world.kommunRep, { notes: 'x' }))).status).toBe(
      404,
    );
  });

  it('keeps the legal test’s history, blocks the result while unclear and proposes it as a decision', async () => {
    const path = (criterion: string) => `/workspaces/${ws}/legal-test/${criterion}`;
    const assess = (who: TestAccess, criterion: string, assessment: string) =>
      api('PUT', path(criterion), as(who, { assessment, justification: 'Enligt avtalsutkastet.' }));
    expect((await assess(world.kommunRep, 'long_term', 'unclear')).status).toBe(200);
    expect((await assess(world.fkRep, 'long_term', 'fulfilled')).status).toBe(403);
    expect((await assess(world.kommunRep, 'not_a_criterion', 'fulfilled')).status).toBe(400);
    expect((await assess(world.kommunRep, 'long_term', 'maybe')).status).toBe(400);
    for (const criterion of legalTestCriteria.filter((c) => c !== 'long_term')) {
      expect((await assess(world.kommunRep, criterion, 'fulfilled')).status).toBe(200);
    }
    const propose = () =>
      api<{
        decision: { type: string; status: string; proposal: string };
        error?: { code: string };
      }>(
        'POST',
        `/workspaces/${ws}/legal-test/decision`,
        as(world.kommunRep, { bodyId: world.steeringGroup }),
      );
    const blocked = await propose();
    expect(blocked.status).toBe(409);
    expect(blocked.body.error?.code).toBe('legal_test_open');

    expect((await assess(world.coordinator, 'long_term', 'fulfilled')).status).toBe(200);
    const view = await api<LegalTestResponse>('GET', `/workspaces/${ws}/legal-test`, as(viewer));
    expect(view.body.proposal).toMatchObject({ result: 'fulfilled', conclusive: true });
    const longTerm = view.body.criteria.find((c) => c.criterion === 'long_term')!;
    expect(longTerm.history.map((e) => e.assessment)).toEqual(['fulfilled', 'unclear']);
    expect(longTerm.current?.assessorOrganisationId).toBe(world.kommun);

    const proposed = await propose();
    expect(proposed.status).toBe(201);
    expect(proposed.body.decision).toMatchObject({ type: 'iop_legal_test', status: 'draft' });
    expect(proposed.body.decision.proposal).toContain('Kriterierna är uppfyllda');
    const again = await api<LegalTestResponse>('GET', `/workspaces/${ws}/legal-test`, as(viewer));
    expect(again.body.decisions).toHaveLength(1);

    await assess(world.kommunRep, 'no_commercial_market', 'not_fulfilled');
    const failing = await api<LegalTestResponse>('GET', `/workspaces/${ws}/legal-test`, as(viewer));
    expect(failing.body.proposal.result).toBe('not_fulfilled');
  });

  it('answers 404 for the legal test outside IOP workspaces', async () => {
    await server.store.workspaces.update(ws, { kind: 'social_procurement' });
    expect((await api('GET', `/workspaces/${ws}/legal-test`, as(viewer))).status).toBe(404);
  });

  it('lets each organisation assess the six principles for itself only', async () => {
    const scores = (score: number): AssessPrinciplesRequest => ({
      scores: Object.fromEntries(
        principles.map((p) => [p, { score, comment: '' }]),
      ) as AssessPrinciplesRequest['scores'],
    });
    const put = (who: TestAccess, organisationId: string, period: string, body: unknown) =>
      api('PUT', `/workspaces/${ws}/principles/${organisationId}/${period}`, as(who, body));
    expect((await put(world.fkRep, world.fk, '2026-H1', scores(4))).status).toBe(200);
    expect((await put(world.fkRep, world.fk, '2026-H1', scores(3))).status).toBe(200);
    expect((await put(world.kommunRep, world.kommun, '2026-H1', scores(5))).status).toBe(200);
    expect((await put(world.fkRep, world.kommun, '2026-H1', scores(1))).status).toBe(403);
    expect((await put(world.coordinator, world.fk, '2026-H1', scores(1))).status).toBe(403);
    const viewerOrg = (await server.store.memberships.findByUser(ws, viewer.userId))!
      .organisationId;
    expect((await put(viewer, viewerOrg, '2026-H1', scores(2))).status).toBe(403);
    expect((await put(world.fkRep, world.fk, 'våren', scores(2))).status).toBe(400);
    expect((await put(world.fkRep, world.fk, '2026', scores(6))).status).toBe(400);
    expect((await put(world.fkRep, randomUUID(), '2026', scores(2))).status).toBe(403);

    const listed = await api<PrinciplesResponse>('GET', `/workspaces/${ws}/principles`, as(viewer));
    expect(listed.body.periods).toEqual(['2026-H1']);
    const fk = listed.body.assessments.find((a) => a.organisationId === world.fk)!;
    expect(fk.scores.dialogue.score).toBe(3);
    expect(listed.body.assessments).toHaveLength(2);
  });
});
