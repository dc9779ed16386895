/**
 * The social-procurement demo workspace (issue 15): Ängby kommun's programme
 * for social considerations in procurement, with its matchningsansvariga
 * (the municipal labour-market unit and Arbetsförmedlingen), a supplier and
 * the union, a register of a dozen procurements and a year (four quarters)
 * of fictional follow-up in aggregate figures, some of them below 5.
 */
import type {
  CreateProcurementRequest,
  OrganisationKind,
  ProcurementKind,
  RequirementLevel,
  TargetGroup,
} from '@samverka/shared';
import type { ServiceContext } from '../services/context.js';
import { addMember } from '../services/members.js';
import { createFollowUpEntry, createProcurement } from '../services/method/procurements.js';
import { createOrganisation } from '../services/organisations.js';
import { createWorkspace } from '../services/workspaces.js';
import type { UserRecord } from '../store/port.js';
import { actingAs, setSteps } from './demoMethod.js';

export const demoProcurementWorkspace = {
  name: 'Social hänsyn i Ängbys upphandlingar',
  kind: 'social_procurement' as const,
  description:
    'Sysselsättningskrav och dialogkrav i kommunens upphandlingar. Mål: sociala krav i minst 50 % av tjänsteupphandlingarna.',
};

export const QUARTERS = ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'] as const;

type Matching = 'ame' | 'af';
interface DemoProcurement {
  name: string;
  category: string;
  kind: ProcurementKind;
  level: RequirementLevel | null;
  reason?: string;
  targets: TargetGroup[];
  promised?: { months: number; jobs: number };
  matching?: Matching;
  supplier: string | 'städbolaget';
  valueBand: CreateProcurementRequest['valueBand'];
  /** Jobs started and full-time months delivered per quarter; ended early (counted) in the last. */
  jobs?: number[];
  months?: number[];
  endedEarly?: [number, number];
}

const PROCUREMENTS: DemoProcurement[] = [
  {
    name: 'Lokalvård förskolor och skolor',
    category: 'Lokalvård',
    kind: 'service',
    level: 'employment',
    targets: ['long_term_unemployed', 'newly_arrived'],
    promised: { months: 36, jobs: 6 },
    matching: 'ame',
    supplier: 'städbolaget',
    valueBand: '20m_100m',
    jobs: [2, 3, 1, 2],
    months: [4, 9, 12, 13.5],
    endedEarly: [1, 1],
  },
  {
    name: 'Grönyteskötsel norra Ängby',
    category: 'Park och utemiljö',
    kind: 'service',
    level: 'employment',
    targets: ['young_people'],
    promised: { months: 24, jobs: 4 },
    matching: 'af',
    supplier: 'Gröna Ängby AB',
    valueBand: '5m_20m',
    jobs: [1, 2, 1, 0],
    months: [2, 5, 7, 8],
  },
  {
    name: 'Måltidstransporter',
    category: 'Transporter',
    kind: 'service',
    level: 'dialogue',
    targets: ['income_support'],
    matching: 'ame',
    supplier: 'Ängby Transport AB',
    valueBand: '1m_5m',
    jobs: [0, 1, 0, 1],
    months: [0, 1, 3, 3.5],
  },
  {
    name: 'Fastighetsunderhåll kommunala lokaler',
    category: 'Fastighet',
    kind: 'works',
    level: 'employment',
    targets: ['long_term_unemployed'],
    promised: { months: 60, jobs: 8 },
    matching: 'af',
    supplier: 'Byggservice Syd AB',
    valueBand: '20m_100m',
    jobs: [3, 2, 2, 1],
    months: [6, 12, 15, 16],
    endedEarly: [1, 0],
  },
  {
    name: 'Kontorsmaterial',
    category: 'Förbrukningsvaror',
    kind: 'goods',
    level: null,
    reason:
      'Varuupphandling med få anställda hos leverantören i Sverige; sysselsättningskrav bedömdes inte lämpliga.',
    targets: [],
    supplier: 'Kontorsgrossisten AB',
    valueBand: '1m_5m',
  },
  {
    name: 'Hemtjänst, serviceinsatser',
    category: 'Vård och omsorg',
    kind: 'service',
    level: 'employment',
    targets: ['newly_arrived', 'disability'],
    promised: { months: 48, jobs: 8 },
    matching: 'ame',
    supplier: 'Omsorgspartner i Ängby AB',
    valueBand: '20m_100m',
    jobs: [4, 5, 6, 3],
    months: [10, 22, 30, 28],
    endedEarly: [2, 1],
  },
  {
    name: 'Tvätteritjänster',
    category: 'Textilservice',
    kind: 'service',
    level: 'employment',
    targets: ['disability'],
    promised: { months: 18, jobs: 3 },
    matching: 'ame',
    supplier: 'Tvätt & Textil i Ängby AB',
    valueBand: '1m_5m',
    jobs: [1, 1, 0, 1],
    months: [2, 4, 5, 6],
  },
  {
    name: 'Snöröjning och halkbekämpning',
    category: 'Gata',
    kind: 'service',
    level: null,
    reason: 'Avtalet gäller under vintermånaderna, kortare än 4 månader per år.',
    targets: [],
    supplier: 'Väg & Mark Ängby AB',
    valueBand: '5m_20m',
  },
  {
    name: 'IT-support skolor',
    category: 'IT',
    kind: 'service',
    level: null,
    reason:
      'Kräver specialistkompetens; dialog om praktikplatser förs i stället i ordinarie avtalsuppföljning.',
    targets: [],
    supplier: 'Skol-IT Norden AB',
    valueBand: '5m_20m',
  },
  {
    name: 'Vägunderhåll',
    category: 'Gata',
    kind: 'works',
    level: 'employment',
    targets: ['long_term_unemployed', 'young_people'],
    promised: { months: 36, jobs: 6 },
    matching: 'af',
    supplier: 'Väg & Mark Ängby AB',
    valueBand: '20m_100m',
    jobs: [0, 2, 3, 2],
    months: [0, 3, 9, 14],
  },
  {
    name: 'Bevakning och larmutryckning',
    category: 'Säkerhet',
    kind: 'service',
    level: 'dialogue',
    targets: ['young_people'],
    matching: 'af',
    supplier: 'Trygg Bevakning AB',
    valueBand: '5m_20m',
    jobs: [0, 0, 1, 1],
    months: [0, 0, 2, 3],
  },
  {
    name: 'Skolskjuts',
    category: 'Transporter',
    kind: 'service',
    level: 'employment',
    targets: ['income_support'],
    promised: { months: 24, jobs: 4 },
    matching: 'ame',
    supplier: 'Ängby Buss AB',
    valueBand: '20m_100m',
    jobs: [2, 2, 1, 1],
    months: [3, 8, 10, 11],
  },
];

export async function seedProcurementDemo(props: {
  ctx: ServiceContext;
  coordinator: UserRecord;
  employmentAgency: UserRecord;
  union: UserRecord;
  viewer: UserRecord;
}): Promise<string> {
  const { ctx, coordinator } = props;
  const view = await createWorkspace({
    ctx,
    creator: coordinator,
    input: {
      ...demoProcurementWorkspace,
      organisation: {
        name: 'Ängby kommun',
        kind: 'municipality',
        organisationNumber: '212000-0001',
      },
    },
  });
  const workspace = view.workspace;
  const organisation = async (name: string, kind: OrganisationKind) =>
    (await createOrganisation({ ctx, workspaceId: workspace.id, input: { name, kind } })).id;
  const ame = await organisation('Ängby kommun, arbetsmarknadsenheten', 'municipality');
  const af = await organisation('Arbetsförmedlingen', 'employment_agency');
  const stadbolaget = await organisation('Städbolaget Ängby AB', 'supplier');
  const fack = await organisation('Kommunal, sektion Ängby', 'union');
  const member = (
    user: UserRecord,
    organisationId: string,
    role: 'editor' | 'commenter' | 'viewer',
  ) =>
    addMember({
      ctx,
      workspaceId: workspace.id,
      input: {
        email: user.email,
        organisationId,
        bodyIds: [],
        role,
        mandate: { speaksForOrganisation: false, reference: null },
      },
    });
  await member(props.employmentAgency, af, 'editor');
  await member(props.union, fack, 'commenter');
  await member(props.viewer, view.membership.organisationId, 'viewer');

  const as = actingAs(ctx, workspace);
  await setSteps(ctx, workspace, coordinator, [
    { key: 'needs_analysis', status: 'done' },
    {
      key: 'use_of_tool',
      status: 'done',
      notes: 'Sysselsättningskrav i tjänsteupphandlingar över 4 månader; dialogkrav i övriga.',
    },
    {
      key: 'project_plan',
      status: 'in_progress',
      responsibleOrganisationId: view.membership.organisationId,
    },
    { key: 'involve', status: 'done' },
    {
      key: 'anchor',
      status: 'in_progress',
      notes: 'Leverantörsdialog med Kommunal och Företagarna i oktober.',
    },
    { key: 'follow_up', status: 'in_progress', dueDate: '2026-12-31' },
  ]);

  const matchingOf = { ame, af };
  for (const p of PROCUREMENTS) {
    const procurement = await as(coordinator, () =>
      createProcurement({
        ctx,
        workspace,
        byUserId: coordinator.id,
        input: {
          name: p.name,
          category: p.category,
          kind: p.kind,
          periodStart: '2025-10-01',
          periodEnd: '2027-09-30',
          valueBand: p.valueBand,
          socialRequirements: p.level !== null,
          noRequirementsReason: p.reason ?? null,
          requirementLevel: p.level,
          targetGroups: p.targets,
          promisedFullTimeMonths: p.promised?.months ?? null,
          promisedJobs: p.promised?.jobs ?? null,
          matchingOrganisationId: p.matching ? matchingOf[p.matching] : null,
          supplier:
            p.supplier === 'städbolaget'
              ? { kind: 'organisation', organisationId: stadbolaget }
              : { kind: 'name', name: p.supplier },
        },
      }),
    );
    if (!p.jobs || !p.months) continue;
    for (const [index, period] of QUARTERS.entries()) {
      const last = index === QUARTERS.length - 1;
      const [ended, counted] = last && p.endedEarly ? p.endedEarly : [0, 0];
      await as(coordinator, () =>
        createFollowUpEntry({
          ctx,
          workspace,
          procurement,
          byUserId: coordinator.id,
          input: {
            period,
            jobsStarted: p.jobs![index]!,
            fullTimeMonths: p.months![index]!,
            jobsEndedEarly: ended,
            jobsEndedEarlyCounted: counted,
            note:
              ended > counted
                ? 'En anställning avslutades före 75 % av avtalad tid; ersättare rekryteras.'
                : '',
          },
        }),
      );
    }
  }
  return workspace.id;
}
