/**
 * A steering group for decision tests: three organisations (the
 * municipality, Försäkringskassan, a union), a binding steering group and an
 * advisory reference group, people with and without their organisation's
 * mandate, and an IOP agreement whose "Parternas insatser och resurser"
 * clause decisions are taken on. Written straight into the store.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '@samverka/shared';
import { editorSchema } from '@samverka/shared/editor';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { EDITOR_FRAGMENT } from '../services/templateContent.js';
import type { Store } from '../store/port.js';
import type { TestAccess, TestServer } from './index.js';

export const CLAUSE_ID = 'sec-insatser';
export const OTHER_ID = 'sec-uppfoljning';
export const CLAUSE_TEXT =
  'Kommunen bidrar med lokaler och två handledare. Föreningen bidrar med volontärer.';
export const DOCUMENT_ID = 'iop-avtal';

export interface DecisionWorld {
  kommun: string;
  fk: string;
  facket: string;
  steeringGroup: string;
  referenceGroup: string;
  coordinator: TestAccess;
  kommunRep: TestAccess;
  fkRep: TestAccess;
  unionRep: TestAccess;
  fkWithoutMandate: TestAccess;
  referenceMember: TestAccess;
}

export async function buildDecisionWorld(server: TestServer<Store>): Promise<DecisionWorld> {
  const { store, access } = server;
  const workspaceId = access.workspaceId;
  const now = new Date().toISOString();
  const organisation = async (name: string, kind: 'social_insurance_agency' | 'union') => {
    const id = randomUUID();
    await store.organisations.insert({
      id,
      workspaceId,
      name,
      kind,
      organisationNumber: null,
      colour: '#6b4fa0',
      createdAt: now,
    });
    return id;
  };
  const body = async (name: string, kind: 'steering_group' | 'reference_group') => {
    const id = randomUUID();
    await store.bodies.insert({
      id,
      workspaceId,
      name,
      kind,
      authority: kind === 'steering_group' ? 'binding' : 'advisory',
      createdAt: now,
    });
    return id;
  };
  const kommun = access.organisationId;
  const fk = await organisation('Försäkringskassan', 'social_insurance_agency');
  const facket = await organisation('Kommunal', 'union');
  const steeringGroup = await body('Styrgruppen', 'steering_group');
  const referenceGroup = await body('Referensgruppen', 'reference_group');
  const person = async (
    role: Role,
    name: string,
    organisationId: string,
    mandate: boolean,
    bodyIds: string[],
  ) => {
    const member = await access.addMember(role, name);
    const membership = (await store.memberships.findByUser(workspaceId, member.userId))!;
    await store.memberships.update(workspaceId, membership.id, {
      organisationId,
      bodyIds,
      mandate: { speaksForOrganisation: mandate, reference: mandate ? 'KS 2026-01-20 § 4' : null },
    });
    return { ...member, organisationId };
  };
  const world: DecisionWorld = {
    kommun,
    fk,
    facket,
    steeringGroup,
    referenceGroup,
    coordinator: await person('admin', 'Maria Samordnare', kommun, false, [steeringGroup]),
    kommunRep: await person('editor', 'Karin Kommun', kommun, true, [steeringGroup]),
    fkRep: await person('commenter', 'Fredrik FK', fk, true, [steeringGroup]),
    unionRep: await person('commenter', 'Ulla Facket', facket, true, [steeringGroup]),
    fkWithoutMandate: await person('editor', 'Nils Utan', fk, false, [steeringGroup]),
    referenceMember: await person('commenter', 'Rita Referens', facket, false, [referenceGroup]),
  };
  await access.addDocuments(DOCUMENT_ID);
  const doc = new Y.Doc();
  const heading = (sectionId: string, text: string) => ({
    type: 'heading',
    attrs: { level: 2, sectionId },
    content: [{ type: 'text', text }],
  });
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  prosemirrorJSONToYXmlFragment(
    editorSchema(),
    {
      type: 'doc',
      content: [
        heading(CLAUSE_ID, 'Parternas insatser och resurser'),
        paragraph(CLAUSE_TEXT),
        heading(OTHER_ID, 'Uppföljning'),
        paragraph('Parterna följer upp verksamheten varje halvår.'),
      ],
    },
    doc.getXmlFragment(EDITOR_FRAGMENT),
  );
  await store.documents.append([{ documentName: DOCUMENT_ID, update: Y.encodeStateAsUpdate(doc) }]);
  doc.destroy();
  return world;
}
