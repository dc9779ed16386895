/** Organisations and bodies of a workspace. Deleting one still in use is refused (409). */
import { defaultBodyAuthority, organisationKindColours } from '@samverka/shared';
import type {
  CreateBodyRequest,
  CreateOrganisationRequest,
  UpdateBodyRequest,
  UpdateOrganisationRequest,
} from '@samverka/shared';
import { AppError } from '../errors.js';
import type { BodyRecord, GuardedDeleteResult, OrganisationRecord } from '../store/port.js';
import type { ServiceContext } from './context.js';
import { recordChange } from './recordChange.js';

export async function createOrganisation(props: {
  ctx: ServiceContext;
  workspaceId: string;
  input: CreateOrganisationRequest;
}): Promise<OrganisationRecord> {
  const { ctx, workspaceId, input } = props;
  const organisation: OrganisationRecord = {
    id: ctx.newId(),
    workspaceId,
    name: input.name,
    kind: input.kind,
    organisationNumber: input.organisationNumber ?? null,
    colour: input.colour ?? organisationKindColours[input.kind],
    createdAt: ctx.now().toISOString(),
  };
  await recordChange(ctx, {
    workspaceId,
    action: 'organisation:create',
    object: { type: 'organisation', id: organisation.id },
    change: () => ctx.store.organisations.insert(organisation),
    payload: () => ({ name: organisation.name, kind: organisation.kind }),
  });
  ctx.events.publish(workspaceId, 'organisation:created', { organisation });
  return organisation;
}

export async function updateOrganisation(props: {
  ctx: ServiceContext;
  workspaceId: string;
  organisationId: string;
  patch: UpdateOrganisationRequest;
}): Promise<OrganisationRecord> {
  const { ctx, workspaceId } = props;
  const { result: organisation } = await recordChange(ctx, {
    workspaceId,
    action: 'organisation:update',
    object: { type: 'organisation', id: props.organisationId },
    change: () => ctx.store.organisations.update(workspaceId, props.organisationId, props.patch),
    payload: (updated) => updated && { name: updated.name, changed: { ...props.patch } },
  });
  if (!organisation) throw new AppError(404, 'not_found', 'Organisation not found');
  ctx.events.publish(workspaceId, 'organisation:updated', { organisation });
  return organisation;
}

export async function deleteOrganisation(props: {
  ctx: ServiceContext;
  workspaceId: string;
  organisationId: string;
}): Promise<void> {
  const { ctx, workspaceId, organisationId } = props;
  const { result } = await recordChange(ctx, {
    workspaceId,
    action: 'organisation:delete',
    object: { type: 'organisation', id: organisationId },
    change: () => ctx.store.organisations.deleteIfUnused(workspaceId, organisationId),
    payload: (deleted) => (deleted === 'deleted' ? {} : null),
  });
  refuseUnlessDeleted(result, 'Organisation', 'organisation_in_use');
  ctx.events.publish(workspaceId, 'organisation:deleted', { workspaceId, id: organisationId });
}

export async function createBody(props: {
  ctx: ServiceContext;
  workspaceId: string;
  input: CreateBodyRequest;
}): Promise<BodyRecord> {
  const { ctx, workspaceId, input } = props;
  const body: BodyRecord = {
    id: ctx.newId(),
    workspaceId,
    name: input.name,
    kind: input.kind,
    authority: input.authority ?? defaultBodyAuthority[input.kind],
    createdAt: ctx.now().toISOString(),
  };
  await recordChange(ctx, {
    workspaceId,
    action: 'body:create',
    object: { type: 'body', id: body.id },
    change: () => ctx.store.bodies.insert(body),
    payload: () => ({ name: body.name, kind: body.kind }),
  });
  ctx.events.publish(workspaceId, 'body:created', { body });
  return body;
}

export async function updateBody(props: {
  ctx: ServiceContext;
  workspaceId: string;
  bodyId: string;
  patch: UpdateBodyRequest;
}): Promise<BodyRecord> {
  const { ctx, workspaceId } = props;
  const { result: body } = await recordChange(ctx, {
    workspaceId,
    action: 'body:update',
    object: { type: 'body', id: props.bodyId },
    change: () => ctx.store.bodies.update(workspaceId, props.bodyId, props.patch),
    payload: (updated) => updated && { name: updated.name, changed: { ...props.patch } },
  });
  if (!body) throw new AppError(404, 'not_found', 'Body not found');
  ctx.events.publish(workspaceId, 'body:updated', { body });
  return body;
}

export async function deleteBody(props: {
  ctx: ServiceContext;
  workspaceId: string;
  bodyId: string;
}): Promise<void> {
  const { ctx, workspaceId, bodyId } = props;
  const { result } = await recordChange(ctx, {
    workspaceId,
    action: 'body:delete',
    object: { type: 'body', id: bodyId },
    change: () => ctx.store.bodies.deleteIfUnused(workspaceId, bodyId),
    payload: (deleted) => (deleted === 'deleted' ? {} : null),
  });
  refuseUnlessDeleted(result, 'Body', 'body_in_use');
  ctx.events.publish(workspaceId, 'body:deleted', { workspaceId, id: bodyId });
}

/**
 * Checks that an organisation and bodies named in a request belong to the
 * workspace; a wrong id is a field error (400), not a missing resource.
 */
export async function checkMemberPlacement(props: {
  ctx: ServiceContext;
  workspaceId: string;
  organisationId?: string;
  bodyIds?: readonly string[];
}): Promise<void> {
  const { ctx, workspaceId } = props;
  const details: { path: string; message: string }[] = [];
  if (props.organisationId !== undefined) {
    const found = await ctx.store.organisations.findById(workspaceId, props.organisationId);
    if (!found) details.push({ path: 'organisationId', message: 'no such organisation here' });
  }
  if (props.bodyIds && props.bodyIds.length > 0) {
    const known = new Set((await ctx.store.bodies.listByWorkspace(workspaceId)).map((b) => b.id));
    props.bodyIds.forEach((id, index) => {
      if (!known.has(id)) details.push({ path: `bodyIds.${index}`, message: 'no such body here' });
    });
  }
  if (details.length > 0) {
    throw new AppError(400, 'validation_failed', 'Request has invalid fields', details);
  }
}

function refuseUnlessDeleted(result: GuardedDeleteResult, what: string, inUseCode: string) {
  if (result === 'not_found') throw new AppError(404, 'not_found', `${what} not found`);
  if (result === 'in_use') {
    throw new AppError(409, inUseCode, `${what} still has members or pending invitations`);
  }
}
