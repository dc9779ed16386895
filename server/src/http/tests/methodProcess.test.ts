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
import { describe, expect, it } from 'vitest';
import { aDecision } from '../../store/contract/decisions.contract.js';
import type { TestAccess } from '../../test-support/index.js';
import { methodStores, useMethodWorld } from '../../test-support/methodWorld.js';

describe.each(methodStores())('process, legal test and principles over REST ($name)', (store) => {
  const env = useMethodWorld(store, { workspaceKind: 'iop' });

  const as = (who: TestAccess, body?: unknown) => ({ token: who.token, body });
  const stepPath = (key: string) => `/workspaces/${env.ws}/process/steps/${env.ws}:${key}`;

  it('creates the IOP process and refuses to complete a step without its decided decision', async () => {
    const process = await env.api<ProcessResponse>(
      'GET',
      `/workspaces/${env.ws}/process`,
      as(env.viewer),
    );
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

    const progress = await env.api(
      'PATCH',
      stepPath('needs_and_legal_test'),
      as(env.world.kommunRep, { status: 'in_progress', notes: 'Utkast klart' }),
    );
    expect(progress.status).toBe(200);
    const refused = await env.api<{ error: { code: string } }>(
      'PATCH',
      stepPath('needs_and_legal_test'),
      as(env.world.kommunRep, { status: 'done' }),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('decision_required');

    // An open decision is not enough; a decided one is.
    await env.server.store.decisions.insert(
      aDecision({ workspaceId: env.ws, type: 'iop_legal_test', status: 'open', subject: null }),
    );
    expect(
      (
        await env.api(
          'PATCH',
          stepPath('needs_and_legal_test'),
          as(env.world.kommunRep, { status: 'done' }),
        )
      ).status,
    ).toBe(409);
    await env.server.store.decisions.insert(
      aDecision({ workspaceId: env.ws, type: 'iop_legal_test', status: 'decided', subject: null }),
    );
    const done = await env.api<{ step: { status: string; blockedBy: unknown } }>(
      'PATCH',
      stepPath('needs_and_legal_test'),
      as(env.world.kommunRep, { status: 'done' }),
    );
    expect(done.status).toBe(200);
    expect(done.body.step).toMatchObject({ status: 'done', blockedBy: null });

    const after = await env.api<ProcessResponse>(
      'GET',
      `/workspaces/${env.ws}/process`,
      as(env.viewer),
    );
    expect(after.body.progress).toMatchObject({
      done: 1,
      applicable: 8,
      currentStepId: `${env.ws}:initiative`,
    });
  });

  it('lets editors move status but only admins rename, skip and add; viewers only read', async () => {
    const rename = { title: 'Initiativ från föreningen' };
    expect(
      (await env.api('PATCH', stepPath('initiative'), as(env.world.kommunRep, rename))).status,
    ).toBe(403);
    expect(
      (
        await env.api(
          'PATCH',
          stepPath('initiative'),
          as(env.world.kommunRep, { status: 'not_applicable' }),
        )
      ).status,
    ).toBe(403);
    expect(
      (await env.api('PATCH', stepPath('initiative'), as(env.viewer, { notes: 'x' }))).status,
    ).toBe(403);
    expect(
      (await env.api('PATCH', stepPath('initiative'), as(env.world.coordinator, rename))).status,
    ).toBe(200);
    expect(
      (
        await env.api(
          'PATCH',
          stepPath('signing'),
          as(env.world.coordinator, { status: 'not_applicable' }),
        )
      ).status,
    ).toBe(200);
    const added = await env.api<{ step: { id: string; position: number } }>(
      'POST',
      `/workspaces/${env.ws}/process/steps`,
      as(env.world.coordinator, {
        title: 'Referensgruppens yttrande',
        afterStepId: `${env.ws}:initiative`,
      }),
    );
    expect(added.status).toBe(201);
    expect(added.body.step.position).toBe(1);
    expect(
      (
        await env.api(
          'POST',
          `/workspaces/${env.ws}/process/steps`,
          as(env.world.kommunRep, { title: 'X' }),
        )
      ).status,
    ).toBe(403);

    const process = await env.api<ProcessResponse>(
      'GET',
      `/workspaces/${env.ws}/process`,
      as(env.viewer),
    );
    expect(process.body.steps.slice(0, 3).map((s) => s.title)).toEqual([
      'Initiativ från föreningen',
      'Referensgruppens yttrande',
      'Behov och rättslig prövning',
    ]);
    expect(process.body.progress.applicable).toBe(8);

    expect(
      (await env.api('PATCH', stepPath('initiative'), as(env.world.kommunRep, { status: 'klar' })))
        .status,
    ).toBe(400);
    expect(
      (await env.api('PATCH', stepPath('initiative'), as(env.world.kommunRep, {}))).status,
    ).toBe(400);
    expect(
      (await env.api('PATCH', stepPath('nope'), as(env.world.kommunRep, { notes: 'x' }))).status,
    ).toBe(404);
  });

  it('keeps the legal test’s history, blocks the result while unclear and proposes it as a decision', async () => {
    const path = (criterion: string) => `/workspaces/${env.ws}/legal-test/${criterion}`;
    const assess = (who: TestAccess, criterion: string, assessment: string) =>
      env.api(
        'PUT',
        path(criterion),
        as(who, { assessment, justification: 'Enligt avtalsutkastet.' }),
      );
    expect((await assess(env.world.kommunRep, 'long_term', 'unclear')).status).toBe(200);
    expect((await assess(env.world.fkRep, 'long_term', 'fulfilled')).status).toBe(403);
    expect((await assess(env.world.kommunRep, 'not_a_criterion', 'fulfilled')).status).toBe(400);
    expect((await assess(env.world.kommunRep, 'long_term', 'maybe')).status).toBe(400);
    for (const criterion of legalTestCriteria.filter((c) => c !== 'long_term')) {
      expect((await assess(env.world.kommunRep, criterion, 'fulfilled')).status).toBe(200);
    }
    const propose = () =>
      env.api<{
        decision: { type: string; status: string; proposal: string };
        error?: { code: string };
      }>(
        'POST',
        `/workspaces/${env.ws}/legal-test/decision`,
        as(env.world.kommunRep, { bodyId: env.world.steeringGroup }),
      );
    const blocked = await propose();
    expect(blocked.status).toBe(409);
    expect(blocked.body.error?.code).toBe('legal_test_open');

    expect((await assess(env.world.coordinator, 'long_term', 'fulfilled')).status).toBe(200);
    const view = await env.api<LegalTestResponse>(
      'GET',
      `/workspaces/${env.ws}/legal-test`,
      as(env.viewer),
    );
    expect(view.body.proposal).toMatchObject({ result: 'fulfilled', conclusive: true });
    const longTerm = view.body.criteria.find((c) => c.criterion === 'long_term')!;
    expect(longTerm.history.map((e) => e.assessment)).toEqual(['fulfilled', 'unclear']);
    expect(longTerm.current?.assessorOrganisationId).toBe(env.world.kommun);

    const proposed = await propose();
    expect(proposed.status).toBe(201);
    expect(proposed.body.decision).toMatchObject({ type: 'iop_legal_test', status: 'draft' });
    expect(proposed.body.decision.proposal).toContain('Kriterierna är uppfyllda');
    const again = await env.api<LegalTestResponse>(
      'GET',
      `/workspaces/${env.ws}/legal-test`,
      as(env.viewer),
    );
    expect(again.body.decisions).toHaveLength(1);

    await assess(env.world.kommunRep, 'no_commercial_market', 'not_fulfilled');
    const failing = await env.api<LegalTestResponse>(
      'GET',
      `/workspaces/${env.ws}/legal-test`,
      as(env.viewer),
    );
    expect(failing.body.proposal.result).toBe('not_fulfilled');
  });

  it('answers 404 for the legal test outside IOP workspaces', async () => {
    await env.server.store.workspaces.update(env.ws, { kind: 'social_procurement' });
    expect((await env.api('GET', `/workspaces/${env.ws}/legal-test`, as(env.viewer))).status).toBe(
      404,
    );
  });

  it('lets each organisation assess the six principles for itself only', async () => {
    const scores = (score: number): AssessPrinciplesRequest => ({
      scores: Object.fromEntries(
        principles.map((p) => [p, { score, comment: '' }]),
      ) as AssessPrinciplesRequest['scores'],
    });
    const put = (who: TestAccess, organisationId: string, period: string, body: unknown) =>
      env.api('PUT', `/workspaces/${env.ws}/principles/${organisationId}/${period}`, as(who, body));
    expect((await put(env.world.fkRep, env.world.fk, '2026-H1', scores(4))).status).toBe(200);
    expect((await put(env.world.fkRep, env.world.fk, '2026-H1', scores(3))).status).toBe(200);
    expect((await put(env.world.kommunRep, env.world.kommun, '2026-H1', scores(5))).status).toBe(
      200,
    );
    expect((await put(env.world.fkRep, env.world.kommun, '2026-H1', scores(1))).status).toBe(403);
    expect((await put(env.world.coordinator, env.world.fk, '2026-H1', scores(1))).status).toBe(403);
    const viewerOrg = (await env.server.store.memberships.findByUser(env.ws, env.viewer.userId))!
      .organisationId;
    expect((await put(env.viewer, viewerOrg, '2026-H1', scores(2))).status).toBe(403);
    expect((await put(env.world.fkRep, env.world.fk, 'våren', scores(2))).status).toBe(400);
    expect((await put(env.world.fkRep, env.world.fk, '2026', scores(6))).status).toBe(400);
    expect((await put(env.world.fkRep, randomUUID(), '2026', scores(2))).status).toBe(403);

    const listed = await env.api<PrinciplesResponse>(
      'GET',
      `/workspaces/${env.ws}/principles`,
      as(env.viewer),
    );
    expect(listed.body.periods).toEqual(['2026-H1']);
    const fk = listed.body.assessments.find((a) => a.organisationId === env.world.fk)!;
    expect(fk.scores.dialogue.score).toBe(3);
    expect(listed.body.assessments).toHaveLength(2);
  });
});
