// The demo as `npm start` runs it: a real server process on an empty
// DATA_DIR seeds the Swedish IOP workspace, prints the demo logins, and the
// logins work over the API; the admin bootstrap creates a site admin once.
import type {
  DecisionListResponse,
  DecisionResponse,
  FollowUpDashboard,
  LegalTestResponse,
  PrinciplesResponse,
  ProcessResponse,
} from '@samverka/shared';
import { afterEach, describe, expect, it } from 'vitest';
import {
  apiClient,
  makeTempDir,
  sessionCookieFrom,
  spawnServerProcess,
} from '../test-support/index.js';
import type { ServerProcess, TempDir } from '../test-support/index.js';
import { DEMO_PASSWORD, demoPeople } from './demoData.js';
import { CONTRIBUTIONS_SECTION_ID } from './demoDecisions.js';

describe('demo seed and admin bootstrap in a real server process', () => {
  let dataDir: TempDir | undefined;
  let server: ServerProcess | undefined;

  afterEach(async () => {
    await server?.stop('SIGTERM');
    await dataDir?.remove();
  });

  it('seeds an IOP workspace whose demo logins work, with roles, bodies and template documents', async () => {
    dataDir = await makeTempDir();
    server = await spawnServerProcess({
      DATA_DIR: dataDir.path,
      SEED_DEMO: 'true',
      ADMIN_EMAIL: 'drift@example.se',
      ADMIN_PASSWORD: 'drift-losenord-123',
      LOG_LEVEL: 'debug',
    });
    const api = apiClient(server.url);
    const coordinator = demoPeople[0]!;
    const login = await api('POST', '/auth/login', {
      body: { email: coordinator.email, password: DEMO_PASSWORD },
    });
    expect(login.status).toBe(200);
    const cookie = sessionCookieFrom(login.headers)!;

    const list = await api<{
      workspaces: { workspace: { id: string; kind: string }; membership: { role: string } }[];
    }>('GET', '/workspaces', { cookie });
    expect(list.body.workspaces.map((w) => w.workspace.kind).sort()).toEqual([
      'iop',
      'social_procurement',
    ]);
    const { workspace, membership } = list.body.workspaces.find((w) => w.workspace.kind === 'iop')!;
    expect(workspace.kind).toBe('iop');
    expect(membership.role).toBe('admin');

    const orgs = await api<{ organisations: { kind: string }[] }>(
      'GET',
      `/workspaces/${workspace.id}/organisations`,
      { cookie },
    );
    expect(orgs.body.organisations.map((o) => o.kind).sort()).toEqual(
      [
        'employment_agency',
        'idea_based',
        'municipality',
        'social_insurance_agency',
        'union',
      ].sort(),
    );
    const bodies = await api<{ bodies: { kind: string; authority: string }[] }>(
      'GET',
      `/workspaces/${workspace.id}/bodies`,
      { cookie },
    );
    expect(bodies.body.bodies).toEqual([
      expect.objectContaining({ kind: 'steering_group', authority: 'binding' }),
      expect.objectContaining({ kind: 'reference_group', authority: 'advisory' }),
    ]);
    const members = await api<{ members: { role: string; user: { email: string } }[] }>(
      'GET',
      `/workspaces/${workspace.id}/members`,
      { cookie },
    );
    expect(members.body.members.map((m) => m.role).sort()).toEqual(
      ['admin', 'commenter', 'editor', 'editor', 'editor', 'viewer'].sort(),
    );
    const documents = await api<{ documents: { id: string; template: string }[] }>(
      'GET',
      `/workspaces/${workspace.id}/documents`,
      { cookie },
    );
    expect(documents.body.documents.map((d) => d.template)).toEqual([
      'needs_analysis',
      'iop_agreement',
    ]);
    const iop = documents.body.documents.find((d) => d.template === 'iop_agreement')!;
    const threads = await api<{
      threads: {
        anchor: { quote: string } | null;
        status: string;
        detached: boolean;
        comments: { body: string }[];
      }[];
    }>('GET', `/documents/${iop.id}/threads`, { cookie });
    expect(threads.status).toBe(200);
    expect(
      threads.body.threads.map((t) => [t.anchor !== null, t.status, t.detached, t.comments.length]),
    ).toEqual([
      [true, 'open', false, 2],
      [false, 'resolved', false, 1],
    ]);

    // One decided decision with every organisation on record (one with a reservation),
    // one open on the agreement's contributions clause with its wording stored.
    const decisions = await api<DecisionListResponse>(
      'GET',
      `/workspaces/${workspace.id}/decisions`,
      { cookie },
    );
    expect(decisions.body.decisions.map((d) => [d.decision.status, d.result.outcome])).toEqual([
      ['decided', 'decided'],
      ['open', 'pending'],
    ]);
    const [decided, open] = decisions.body.decisions.map((d) => d.decision.id);
    const decidedView = await api<DecisionResponse>('GET', `/decisions/${decided}`, { cookie });
    expect(decidedView.body.decision.positions.map((p) => p.verdict).sort()).toEqual(
      ['approve', 'approve', 'approve', 'approve_with_reservation'].sort(),
    );
    expect(decidedView.body.decision.positions.filter((p) => p.onBehalf)).toHaveLength(1);
    expect(decidedView.body.decision.statements).toHaveLength(1);
    const openView = await api<DecisionResponse>('GET', `/decisions/${open}`, { cookie });
    expect(openView.body.decision.decision.subject).toMatchObject({
      documentId: iop.id,
      sections: [
        {
          sectionId: CONTRIBUTIONS_SECTION_ID,
          heading: 'Parternas insatser och resurser',
          wording: expect.stringContaining('Ängby kommun bidrar med lokaler'),
        },
      ],
    });
    expect(openView.body.decision.positions.map((p) => p.verdict)).toEqual([
      'approve',
      'pending_anchoring',
    ]);
    expect(openView.body.decision.drift.changed).toBe(false);

    // The method: where the process stands, two legal-test criteria unclear,
    // every organisation's principles for two half-years.
    const process = await api<ProcessResponse>('GET', `/workspaces/${workspace.id}/process`, {
      cookie,
    });
    expect(process.body.progress).toMatchObject({ done: 1, applicable: 8 });
    const legalTest = await api<LegalTestResponse>(
      'GET',
      `/workspaces/${workspace.id}/legal-test`,
      {
        cookie,
      },
    );
    expect(legalTest.body.proposal).toMatchObject({
      result: 'open',
      unclear: ['long_term', 'competence_and_state_aid'],
    });
    const principles = await api<PrinciplesResponse>(
      'GET',
      `/workspaces/${workspace.id}/principles`,
      { cookie },
    );
    expect(principles.body.periods).toEqual(['2025-H2', '2026-H1']);
    expect(principles.body.assessments).toHaveLength(10);

    // The social-procurement demo: a dozen procurements, a year of follow-up,
    // the goal of 50 % reached, small figures hidden from the coordinator's
    // organisation (the matchningsansvariga are others).
    const procurementWorkspace = list.body.workspaces.find(
      (w) => w.workspace.kind === 'social_procurement',
    )!.workspace;
    const dashboard = await api<FollowUpDashboard>(
      'GET',
      `/workspaces/${procurementWorkspace.id}/follow-up/dashboard`,
      { cookie },
    );
    expect(dashboard.body.byProcurement).toHaveLength(12);
    expect(dashboard.body.byPeriod.map((p) => p.period)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(dashboard.body.goal.reached).toBe(true);
    expect(dashboard.body.requirementLevels).toEqual({ dialogue: 2, employment: 7 });
    expect(
      dashboard.body.byProcurement.some(
        (p) => p.jobsStarted.kind === 'suppressed' && p.jobsStarted.reason === 'small',
      ),
    ).toBe(true);

    for (const person of demoPeople.slice(1)) {
      const other = await api('POST', '/auth/login', {
        body: { email: person.email, password: DEMO_PASSWORD },
      });
      expect(other.status, person.email).toBe(200);
    }

    const adminLogin = await api('POST', '/auth/login', {
      body: { email: 'drift@example.se', password: 'drift-losenord-123' },
    });
    expect(adminLogin.body).toMatchObject({
      user: { isSiteAdmin: true },
      abilities: ['workspace:create', 'user:manage'],
    });
    // Nothing secret reaches the log.
    expect(server.stderr()).not.toContain(DEMO_PASSWORD);
    expect(server.stderr()).not.toContain('drift-losenord-123');

    // A restart neither seeds again nor touches the admin.
    await server.stop('SIGTERM');
    server = await spawnServerProcess({
      DATA_DIR: dataDir.path,
      SEED_DEMO: 'true',
      ADMIN_EMAIL: 'drift@example.se',
      ADMIN_PASSWORD: 'ett-annat-losenord',
    });
    const again = apiClient(server.url);
    const relogin = await again('POST', '/auth/login', {
      body: { email: coordinator.email, password: DEMO_PASSWORD },
    });
    const cookie2 = sessionCookieFrom(relogin.headers)!;
    const list2 = await again<{ workspaces: unknown[] }>('GET', '/workspaces', { cookie: cookie2 });
    expect(list2.body.workspaces).toHaveLength(2);
    expect(
      (
        await again('POST', '/auth/login', {
          body: { email: 'drift@example.se', password: 'drift-losenord-123' },
        })
      ).status,
    ).toBe(200);
  });

  it('seeds nothing with SEED_DEMO=false', async () => {
    dataDir = await makeTempDir();
    server = await spawnServerProcess({ DATA_DIR: dataDir.path, SEED_DEMO: 'false' });
    const api = apiClient(server.url);
    const login = await api('POST', '/auth/login', {
      body: { email: demoPeople[0]!.email, password: DEMO_PASSWORD },
    });
    expect(login.status).toBe(401);
  });
});
