/**
 * The demo's method (issue 15), through the ordinary services and recorded
 * as the people who did it: in the IOP, where the process stands, the legal
 * test with two criteria still unclear, and each organisation's assessment
 * of the six principles for two half-years.
 */
import {
  principles,
  type AssessPrinciplesRequest,
  type LegalTestAssessment,
  type LegalTestCriterion,
  type ProcessStepStatus,
} from '@samverka/shared';
import { runWithActor } from '../events/requestContext.js';
import type { ServiceContext } from '../services/context.js';
import { assessCriterion } from '../services/method/legalTest.js';
import { assessPrinciples } from '../services/method/principles.js';
import { findStep, updateStep } from '../services/method/processSteps.js';
import type { UserRecord, WorkspaceRecord } from '../store/port.js';

/** Runs `fn` as `user`, acting for their organisation in `workspace`. */
export function actingAs(ctx: ServiceContext, workspace: WorkspaceRecord) {
  return async <T>(user: UserRecord, fn: () => Promise<T>): Promise<T> => {
    const membership = (await ctx.store.memberships.findByUser(workspace.id, user.id))!;
    const organisation = await ctx.store.organisations.findById(
      workspace.id,
      membership.organisationId,
    );
    const actor = {
      userId: user.id,
      name: user.name,
      organisationId: membership.organisationId,
      organisationName: organisation?.name ?? null,
      onBehalfOf: null,
    };
    return runWithActor(actor, fn);
  };
}

export async function setSteps(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
  user: UserRecord,
  steps: {
    key: string;
    status: ProcessStepStatus;
    notes?: string;
    responsibleOrganisationId?: string;
    dueDate?: string;
  }[],
): Promise<void> {
  const as = actingAs(ctx, workspace);
  for (const { key, ...patch } of steps) {
    const step = await findStep(ctx, workspace, `${workspace.id}:${key}`);
    await as(user, () => updateStep({ ctx, workspace, step, byUserId: user.id, patch }));
  }
}

const LEGAL_TEST: [LegalTestCriterion, LegalTestAssessment, string][] = [
  [
    'no_commercial_market',
    'fulfilled',
    'Det finns ingen marknad för arbetsträning med ideellt stöd i Ängby; ingen leverantör har lämnat intresse vid RFI 2025.',
  ],
  [
    'co_financing',
    'fulfilled',
    'Kommunen bidrar med lokaler och två konsulenter, Stadsmissionen med handledare och ideell tid.',
  ],
  [
    'non_profit_party',
    'fulfilled',
    'Ängby Stadsmission är en ideell förening och registrerad som idéburen organisation.',
  ],
  [
    'no_detail_governing',
    'fulfilled',
    'Verksamhetens innehåll beslutas gemensamt i styrgruppen; kommunen styr inte genomförandet.',
  ],
  [
    'long_term',
    'unclear',
    'Avtalstiden är två år; oklart om förlängning kan beslutas utan ny prövning.',
  ],
  [
    'initiative_and_plan',
    'fulfilled',
    'Initiativet kom från Stadsmissionen; ingår i kommunens arbetsmarknadsplan 2025–2028.',
  ],
  [
    'competence_and_state_aid',
    'unclear',
    'Statsstödsfrågan utreds av kommunjuristen (frågan om ekonomisk verksamhet).',
  ],
];

function scores(
  values: number[],
  comments: Partial<Record<number, string>> = {},
): AssessPrinciplesRequest {
  return {
    scores: Object.fromEntries(
      principles.map((principle, index) => [
        principle,
        { score: values[index] ?? null, comment: comments[index] ?? '' },
      ]),
    ) as AssessPrinciplesRequest['scores'],
  };
}

export async function seedIopMethod(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  people: {
    coordinator: UserRecord;
    ideaBased: UserRecord;
    employmentAgency: UserRecord;
    insurance: UserRecord;
    union: UserRecord;
  };
  organisations: { kommun: string; ideburen: string; af: string; fk: string; fack: string };
}): Promise<void> {
  const { ctx, workspace, people, organisations } = props;
  const as = actingAs(ctx, workspace);
  await setSteps(ctx, workspace, people.coordinator, [
    {
      key: 'initiative',
      status: 'done',
      notes: 'Stadsmissionens initiativ togs emot av kommunstyrelsen i mars 2025.',
      responsibleOrganisationId: organisations.ideburen,
    },
    {
      key: 'needs_and_legal_test',
      status: 'in_progress',
      responsibleOrganisationId: organisations.kommun,
      dueDate: '2026-12-15',
    },
    {
      key: 'agreement_draft',
      status: 'in_progress',
      responsibleOrganisationId: organisations.ideburen,
      dueDate: '2027-01-31',
    },
  ]);
  const membership = (await ctx.store.memberships.findByUser(workspace.id, people.coordinator.id))!;
  for (const [criterion, assessment, justification] of LEGAL_TEST) {
    await as(people.coordinator, () =>
      assessCriterion({
        ctx,
        workspace,
        membership,
        criterion,
        input: {
          assessment,
          justification,
          evidence: [],
          registeredIdeaBased: criterion === 'non_profit_party' ? true : null,
        },
      }),
    );
  }
  const byOrganisation: [UserRecord, string, number[], number[]][] = [
    [people.coordinator, organisations.kommun, [4, 3, 3, 3, 4, 3], [4, 4, 4, 3, 4, 3]],
    [people.ideaBased, organisations.ideburen, [3, 3, 4, 2, 3, 4], [4, 4, 4, 3, 3, 4]],
    [people.employmentAgency, organisations.af, [4, 2, 3, 3, 3, 3], [4, 3, 3, 3, 4, 3]],
    [people.insurance, organisations.fk, [4, 3, 3, 3, 3, 3], [4, 3, 4, 3, 3, 3]],
    [people.union, organisations.fack, [3, 2, 3, 2, 2, 3], [3, 3, 3, 2, 3, 3]],
  ];
  for (const [user, organisationId, first, second] of byOrganisation) {
    for (const [period, values] of [
      ['2025-H2', first],
      ['2026-H1', second],
    ] as const) {
      await as(user, () =>
        assessPrinciples({
          ctx,
          workspace,
          organisationId,
          period,
          byUserId: user.id,
          input: scores(
            values,
            values[1]! <= 2 ? { 1: 'Vi vill involveras tidigare inför styrgruppens möten.' } : {},
          ),
        }),
      );
    }
  }
}
