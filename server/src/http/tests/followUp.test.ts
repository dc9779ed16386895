// The procurement register and follow-up over REST (issue 15), real server
// on SQLite (MongoDB when MONGODB_URL is set): figures below 5 are hidden
// from every organisation but the procurement's matchningsansvarig in every
// output (register, entries, dashboard, CSV), with secondary suppression so
// no total gives a hidden figure back; editors keep the register, viewers
// and commenters only read; invalid input is refused with 400.
import type {
  Figure,
  FollowUpDashboard,
  FollowUpEntriesResponse,
  ProcurementResponse,
  ProcurementsResponse,
} from '@samverka/shared';
import { describe, expect, it } from 'vitest';
import type { TestAccess } from '../../test-support/index.js';
import { methodStores, useMethodWorld } from '../../test-support/methodWorld.js';

const exact = (value: number): Figure => ({ kind: 'exact', value });
const small: Figure = { kind: 'suppressed', reason: 'small' };
const secondary: Figure = { kind: 'suppressed', reason: 'secondary' };

describe.each(methodStores())('procurement register and follow-up over REST ($name)', (store) => {
  const env = useMethodWorld(store);

  const as = (who: TestAccess, body?: unknown) => ({ token: who.token, body });
  const procurementBody = (overrides: Record<string, unknown> = {}) => ({
    name: 'Lokalvård skolor',
    category: 'Lokalvård',
    kind: 'service',
    periodStart: '2026-01-01',
    periodEnd: '2027-12-31',
    valueBand: '5m_20m',
    socialRequirements: true,
    noRequirementsReason: null,
    requirementLevel: 'employment',
    targetGroups: ['long_term_unemployed'],
    promisedFullTimeMonths: 48,
    promisedJobs: 6,
    matchingOrganisationId: env.world.fk,
    supplier: { kind: 'name', name: 'Städbolaget AB' },
    ...overrides,
  });
  async function procurement(overrides: Record<string, unknown> = {}): Promise<string> {
    const created = await env.api<ProcurementResponse>(
      'POST',
      `/workspaces/${env.ws}/procurements`,
      as(env.world.kommunRep, procurementBody(overrides)),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.procurement.id;
  }
  const entry = (
    procurementId: string,
    period: string,
    jobsStarted: number,
    who = env.world.kommunRep,
  ) =>
    env.api(
      'POST',
      `/workspaces/${env.ws}/procurements/${procurementId}/follow-up`,
      as(who, {
        period,
        jobsStarted,
        fullTimeMonths: jobsStarted * 3,
        jobsEndedEarly: 0,
        jobsEndedEarlyCounted: 0,
      }),
    );

  /** P1 (FK matches): 3 then 12 jobs; P2 (the municipality matches): 8 then 9. */
  async function register() {
    const p1 = await procurement();
    const p2 = await procurement({
      name: 'Parkskötsel',
      matchingOrganisationId: env.world.kommun,
      targetGroups: ['young_people'],
      supplier: { kind: 'name', name: 'Gröna Parker AB' },
    });
    for (const [id, period, jobs] of [
      [p1, '2026-Q1', 3],
      [p1, '2026-Q2', 12],
      [p2, '2026-Q1', 8],
      [p2, '2026-Q2', 9],
    ] as const) {
      expect((await entry(id, period, jobs)).status).toBe(201);
    }
    return { p1, p2 };
  }

  it('shows the matchningsansvarig its exact figures and hides small ones from everyone else, with secondary suppression', async () => {
    const { p1 } = await register();
    const entriesAs = (who: TestAccess) =>
      env.api<FollowUpEntriesResponse>(
        'GET',
        `/workspaces/${env.ws}/procurements/${p1}/follow-up`,
        as(who),
      );

    const own = await entriesAs(env.world.fkRep);
    expect(own.body.entries.map((e) => e.figures.jobsStarted)).toEqual([exact(3), exact(12)]);

    const other = await entriesAs(env.world.kommunRep);
    expect(other.body.entries.map((e) => e.figures.jobsStarted)).toEqual([small, secondary]);
    expect(other.body.total.jobsStarted).toEqual(exact(15));

    const register_ = await env.api<ProcurementsResponse>(
      'GET',
      `/workspaces/${env.ws}/procurements`,
      as(env.viewer),
    );
    expect(register_.body.procurements.map((p) => [p.ownFigures, p.realised.jobsStarted])).toEqual([
      [false, exact(15)],
      [true, exact(17)], // the viewer represents the municipality, P2's matchningsansvarig
    ]);

    // The municipality owns P2: its Q1 (8) cannot be hidden from it, so the
    // quarter's total (3 + 8) is hidden instead, or 11 − 8 would give 3 back.
    const dashboard = await env.api<FollowUpDashboard>(
      'GET',
      `/workspaces/${env.ws}/follow-up/dashboard`,
      as(env.world.kommunRep),
    );
    expect(dashboard.status).toBe(200);
    const q1 = dashboard.body.byPeriod.find((p) => p.period === '2026-Q1')!;
    expect(q1.jobsStarted.kind).toBe('suppressed');
    expect(dashboard.body.totals.jobsStarted).toEqual(exact(32));
    expect(dashboard.body.goal).toMatchObject({
      goalPercent: 50,
      serviceProcurements: 2,
      serviceWithRequirements: 2,
      sharePercent: 100,
      reached: true,
    });

    const ownDashboard = await env.api<FollowUpDashboard>(
      'GET',
      `/workspaces/${env.ws}/follow-up/dashboard`,
      as(env.world.fkRep),
    );
    expect(ownDashboard.body.byProcurement.find((p) => p.procurementId === p1)).toMatchObject({
      ownFigures: true,
      jobsStarted: exact(15),
    });

    // No hidden quarter can be worked out from the dashboard: Q1 is hidden with Q1's P1 cell.
    const viewerDashboard = await env.api<FollowUpDashboard>(
      'GET',
      `/workspaces/${env.ws}/follow-up/dashboard`,
      as(env.viewer),
    );
    const periods = viewerDashboard.body.byPeriod.map((p) => p.jobsStarted);
    expect(periods.filter((f) => f.kind === 'suppressed').length).not.toBe(1);
  });

  it('writes "färre än 5" in the CSV and never the hidden figure', async () => {
    await register();
    const response = await fetch(`${env.server.url}/api/workspaces/${env.ws}/follow-up/export`, {
      headers: { authorization: `Bearer ${env.world.kommunRep.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = await response.text();
    const q1 = csv
      .split('\r\n')
      .find((line) => line.startsWith('Lokalvård skolor') && line.includes('2026-Q1'))!;
    expect(q1).toContain('färre än 5');
    expect(q1).not.toMatch(/,3,/);
    const q2 = csv
      .split('\r\n')
      .find((line) => line.startsWith('Lokalvård skolor') && line.includes('2026-Q2'))!;
    expect(q2).toContain('dolt');

    const own = await fetch(`${env.server.url}/api/workspaces/${env.ws}/follow-up/export`, {
      headers: { authorization: `Bearer ${env.world.fkRep.token}` },
    });
    const ownQ1 = (await own.text())
      .split('\r\n')
      .find((l) => l.startsWith('Lokalvård skolor') && l.includes('2026-Q1'))!;
    expect(ownQ1).toContain(',3,9,');
  });

  it('lets editors keep the register; commenters and viewers only read', async () => {
    const p1 = await procurement();
    expect(
      (
        await env.api(
          'POST',
          `/workspaces/${env.ws}/procurements`,
          as(env.viewer, procurementBody()),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await env.api(
          'POST',
          `/workspaces/${env.ws}/procurements`,
          as(env.world.fkRep, procurementBody()),
        )
      ).status,
    ).toBe(403);
    expect((await entry(p1, '2026-Q1', 5, env.world.fkRep)).status).toBe(403);
    expect(
      (await env.api('GET', `/workspaces/${env.ws}/procurements`, as(env.viewer))).status,
    ).toBe(200);
    expect(
      (await env.api('GET', `/workspaces/${env.ws}/follow-up/dashboard`, as(env.viewer))).status,
    ).toBe(200);
    expect(
      (
        await env.api(
          'PATCH',
          `/workspaces/${env.ws}/procurements/${p1}`,
          as(env.world.kommunRep, { promisedJobs: 8 }),
        )
      ).status,
    ).toBe(200);
    expect((await entry(p1, '2026-Q1', 5)).status).toBe(201);
    expect((await entry(p1, '2026-Q1', 6)).status).toBe(409);
    const entryId = `${p1}:2026-Q1`;
    const path = `/workspaces/${env.ws}/procurements/${p1}/follow-up/${encodeURIComponent(entryId)}`;
    expect((await env.api('PATCH', path, as(env.viewer, { jobsStarted: 7 }))).status).toBe(403);
    expect((await env.api('PATCH', path, as(env.world.kommunRep, { jobsStarted: 7 }))).status).toBe(
      200,
    );
    expect((await env.api('DELETE', path, as(env.world.kommunRep))).status).toBe(204);
    expect(
      (await env.api('DELETE', `/workspaces/${env.ws}/procurements/${p1}`, as(env.viewer))).status,
    ).toBe(403);
    expect(
      (await env.api('DELETE', `/workspaces/${env.ws}/procurements/${p1}`, as(env.world.kommunRep)))
        .status,
    ).toBe(204);
  });

  it('keeps a goal per workspace: 50 % until an admin sets another; editors may not', async () => {
    await procurement();
    await procurement({ name: 'Varor', kind: 'goods' });
    await procurement({
      name: 'Utan krav',
      socialRequirements: false,
      noRequirementsReason: 'Ingen lämplig målgrupp',
      requirementLevel: null,
      targetGroups: [],
      promisedJobs: null,
      promisedFullTimeMonths: null,
    });
    const goal = async () =>
      (
        await env.api<FollowUpDashboard>(
          'GET',
          `/workspaces/${env.ws}/follow-up/dashboard`,
          as(env.viewer),
        )
      ).body.goal;
    expect(await goal()).toMatchObject({ goalPercent: 50, sharePercent: 50, reached: true });

    const path = `/workspaces/${env.ws}/follow-up/goal`;
    expect((await env.api('PUT', path, as(env.world.kommunRep, { goalPercent: 60 }))).status).toBe(
      403,
    );
    expect((await env.api('PUT', path, as(env.viewer, { goalPercent: 60 }))).status).toBe(403);
    for (const bad of [0, 101, '60', null]) {
      expect(
        (await env.api('PUT', path, as(env.world.coordinator, { goalPercent: bad }))).status,
      ).toBe(400);
    }
    const set = await env.api('PUT', path, as(env.world.coordinator, { goalPercent: 60 }));
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toEqual({ goalPercent: 60 });
    expect(await goal()).toMatchObject({ goalPercent: 60, sharePercent: 50, reached: false });
    // Stored, and its change is in the workspace's event log.
    expect(await env.server.store.methodSettings.find(env.ws)).toMatchObject({
      socialRequirementGoalPercent: 60,
    });
    const events = await env.server.store.events.readChain(env.ws, 0, 1000);
    expect(
      events.find((e) => e.action === 'process:configure' && e.object.type === 'workspace'),
    ).toMatchObject({ payload: { socialRequirementGoalPercent: 60, previous: 50 } });
  });

  it('refuses invalid input with 400', async () => {
    const post = (body: unknown) =>
      env.api('POST', `/workspaces/${env.ws}/procurements`, as(env.world.kommunRep, body));
    expect((await post(procurementBody({ socialRequirements: false }))).status).toBe(400);
    expect((await post(procurementBody({ kind: 'tjänst' }))).status).toBe(400);
    expect((await post(procurementBody({ promisedJobs: -1 }))).status).toBe(400);
    expect((await post(procurementBody({ matchingOrganisationId: 'elsewhere' }))).status).toBe(400);
    // Unknown fields (e.g. names of the people employed) are dropped, never stored.
    const extra = await env.api<ProcurementResponse>(
      'POST',
      `/workspaces/${env.ws}/procurements`,
      as(env.world.kommunRep, procurementBody({ employeeNames: ['Anna'] })),
    );
    expect(extra.status).toBe(201);
    expect(
      JSON.stringify(await env.server.store.procurements.findById(extra.body.procurement.id)),
    ).not.toContain('Anna');
    const p1 = await procurement();
    const follow = (body: unknown) =>
      env.api(
        'POST',
        `/workspaces/${env.ws}/procurements/${p1}/follow-up`,
        as(env.world.kommunRep, body),
      );
    const good = {
      period: '2026-Q1',
      jobsStarted: 5,
      fullTimeMonths: 12.5,
      jobsEndedEarly: 1,
      jobsEndedEarlyCounted: 1,
    };
    expect((await follow({ ...good, period: '2026-03' })).status).toBe(400);
    expect((await follow({ ...good, jobsEndedEarlyCounted: 2 })).status).toBe(400);
    expect((await follow({ ...good, fullTimeMonths: 1.25 })).status).toBe(400);
    expect((await follow({ ...good, note: 'x'.repeat(501) })).status).toBe(400);
    expect((await follow(good)).status).toBe(201);
  });
});
