/**
 * Seeds the demo workspace through the ordinary services, so the demo is
 * built exactly like a user would build it (documents get their template
 * content in the Y.Doc). Runs only on a store without any users.
 */
import type { ServiceContext } from '../services/context.js';
import { createDocument } from '../services/documents.js';
import { seedDemoDecisions } from './demoDecisions.js';
import { seedDemoThreads } from './demoThreads.js';
import { seedIopMethod } from './demoMethod.js';
import { seedProcurementDemo } from './demoProcurement.js';
import { addMember, updateMember } from '../services/members.js';
import { createBody, createOrganisation } from '../services/organisations.js';
import { createWorkspace } from '../services/workspaces.js';
import type { UserRecord } from '../store/port.js';
import {
  DEMO_PASSWORD,
  demoBodies,
  demoDocuments,
  demoOrganisations,
  demoPeople,
  demoWorkspace,
} from './demoData.js';
import type { DemoBodyKey, DemoOrganisationKey } from './demoData.js';

export interface DemoLogin {
  email: string;
  name: string;
  organisation: string;
  role: string;
}

export async function seedDemo(props: {
  ctx: ServiceContext;
}): Promise<{ workspaceId: string; logins: DemoLogin[]; password: string }> {
  const { ctx } = props;
  const users = await Promise.all(
    demoPeople.map(async (person): Promise<UserRecord> => {
      const user: UserRecord = {
        id: ctx.newId(),
        email: person.email,
        name: person.name,
        passwordHash: await ctx.passwords.hash(DEMO_PASSWORD),
        isSiteAdmin: false,
        // Demo people are set up by whoever runs the server, not by a link.
        emailVerifiedAt: ctx.now().toISOString(),
        createdAt: ctx.now().toISOString(),
      };
      await ctx.store.users.insert(user);
      return user;
    }),
  );
  const [coordinator, ...others] = demoPeople;
  const view = await createWorkspace({
    ctx,
    creator: users[0]!,
    input: { ...demoWorkspace, organisation: demoOrganisations[coordinator!.organisation] },
  });
  const workspaceId = view.workspace.id;

  const organisationIds: Record<DemoOrganisationKey, string> = {
    kommun: view.membership.organisationId,
    af: '',
    fk: '',
    fack: '',
    ideburen: '',
  };
  for (const key of ['ideburen', 'af', 'fk', 'fack'] as const) {
    const organisation = await createOrganisation({
      ctx,
      workspaceId,
      input: demoOrganisations[key],
    });
    organisationIds[key] = organisation.id;
  }
  const bodyIds = {} as Record<DemoBodyKey, string>;
  for (const key of ['styrgrupp', 'referensgrupp'] as const) {
    bodyIds[key] = (await createBody({ ctx, workspaceId, input: demoBodies[key] })).id;
  }

  await updateMember({
    ctx,
    workspaceId,
    memberId: view.membership.id,
    patch: {
      bodyIds: coordinator!.bodies.map((b) => bodyIds[b]),
      mandate: { speaksForOrganisation: true, reference: coordinator!.mandateReference ?? null },
    },
  });
  for (const person of others) {
    await addMember({
      ctx,
      workspaceId,
      input: {
        email: person.email,
        organisationId: organisationIds[person.organisation],
        bodyIds: person.bodies.map((b) => bodyIds[b]),
        role: person.role,
        mandate: {
          speaksForOrganisation: person.speaksForOrganisation,
          reference: person.mandateReference ?? null,
        },
      },
    });
  }

  const documents = [];
  for (const document of demoDocuments) {
    documents.push(
      await createDocument({ ctx, workspaceId, createdBy: users[0]!.id, input: document }),
    );
  }
  const iop = documents.find((document) => document.template === 'iop_agreement');
  const userOf = (organisation: DemoOrganisationKey, role: string) =>
    users[demoPeople.findIndex((p) => p.organisation === organisation && p.role === role)];
  const unionMember = userOf('fack', 'commenter');
  const ideaBasedMember = userOf('ideburen', 'editor');
  if (iop && unionMember && ideaBasedMember) {
    await seedDemoThreads({
      ctx,
      document: iop,
      coordinator: users[0]!,
      unionMember,
      ideaBasedMember,
    });
  }
  const employmentAgency = userOf('af', 'editor');
  if (iop && unionMember && ideaBasedMember && employmentAgency) {
    // After the threads: the union's thread anchors on the template's text, not on this clause.
    await seedDemoDecisions({
      ctx,
      workspace: view.workspace,
      iop,
      people: {
        coordinator: users[0]!,
        ideaBased: ideaBasedMember,
        employmentAgency,
        union: unionMember,
      },
      organisations: organisationIds,
      bodies: bodyIds,
    });
  }

  const insurance = userOf('fk', 'editor');
  const viewer = userOf('kommun', 'viewer');
  if (unionMember && ideaBasedMember && employmentAgency && insurance && viewer) {
    await seedIopMethod({
      ctx,
      workspace: view.workspace,
      people: {
        coordinator: users[0]!,
        ideaBased: ideaBasedMember,
        employmentAgency,
        insurance,
        union: unionMember,
      },
      organisations: organisationIds,
    });
    await seedProcurementDemo({
      ctx,
      coordinator: users[0]!,
      employmentAgency,
      union: unionMember,
      viewer,
    });
  }

  return {
    workspaceId,
    password: DEMO_PASSWORD,
    logins: demoPeople.map((person) => ({
      email: person.email,
      name: person.name,
      organisation: demoOrganisations[person.organisation].name,
      role: person.role,
    })),
  };
}
