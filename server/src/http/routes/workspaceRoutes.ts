/** Workspaces, and the organisations and bodies inside one. */
import {
  bodyListResponseSchema,
  bodyResponseSchema,
  createBodyRequestSchema,
  createOrganisationRequestSchema,
  createWorkspaceRequestSchema,
  organisationListResponseSchema,
  organisationResponseSchema,
  updateBodyRequestSchema,
  updateOrganisationRequestSchema,
  updateWorkspaceRequestSchema,
  workspaceListResponseSchema,
  workspaceViewSchema,
} from '@samverka/shared';
import { authorize, siteTarget } from '../../auth/authorize.js';
import {
  createBody,
  createOrganisation,
  deleteBody,
  deleteOrganisation,
  updateBody,
  updateOrganisation,
} from '../../services/organisations.js';
import {
  createWorkspace,
  listWorkspaces,
  presentWorkspaceView,
  updateWorkspace,
} from '../../services/workspaces.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';
import { loadAndAuthorize } from './access.js';

const scoped = [403, 404];

export function workspaceRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces',
      summary: 'Workspaces you are a member of, with your role and abilities in each',
      tag: 'workspaces',
      auth: 'required',
      response: workspaceListResponseSchema,
      async handle({ principal }) {
        return { workspaces: await listWorkspaces({ ctx, userId: principal.user.id }) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces',
      summary: 'Create a workspace; you become its admin, representing the given organisation',
      tag: 'workspaces',
      auth: 'required',
      body: createWorkspaceRequestSchema,
      response: workspaceViewSchema,
      status: 201,
      errors: [403],
      async handle({ principal, body }) {
        authorize(principal.user, 'workspace:create', siteTarget);
        return createWorkspace({ ctx, creator: principal.user, input: body });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/:workspaceId',
      summary: 'One workspace with your membership and abilities',
      tag: 'workspaces',
      auth: 'required',
      response: workspaceViewSchema,
      errors: scoped,
      async handle({ principal, params }) {
        const { workspace, membership } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'workspace:read',
        });
        return presentWorkspaceView(workspace, membership);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/:workspaceId',
      summary: 'Change name, kind, description or status (admins)',
      tag: 'workspaces',
      auth: 'required',
      body: updateWorkspaceRequestSchema,
      response: workspaceViewSchema,
      errors: scoped,
      async handle({ principal, params, body }) {
        const { workspace, membership } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'workspace:update',
        });
        const updated = await updateWorkspace({ ctx, workspaceId: workspace.id, patch: body });
        return presentWorkspaceView(updated, membership);
      },
    }),

    defineRoute({
      method: 'get',
      path: '/workspaces/:workspaceId/organisations',
      summary: 'Organisations taking part in the workspace',
      tag: 'organisations',
      auth: 'required',
      response: organisationListResponseSchema,
      errors: scoped,
      async handle({ principal, params }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'workspace:read',
        });
        return { organisations: await ctx.store.organisations.listByWorkspace(workspace.id) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/:workspaceId/organisations',
      summary: 'Add an organisation (admins)',
      tag: 'organisations',
      auth: 'required',
      body: createOrganisationRequestSchema,
      response: organisationResponseSchema,
      status: 201,
      errors: scoped,
      async handle({ principal, params, body }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'organisation:create',
        });
        return {
          organisation: await createOrganisation({ ctx, workspaceId: workspace.id, input: body }),
        };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/:workspaceId/organisations/:organisationId',
      summary: 'Change an organisation (admins)',
      tag: 'organisations',
      auth: 'required',
      body: updateOrganisationRequestSchema,
      response: organisationResponseSchema,
      errors: scoped,
      async handle({ principal, params, body }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'organisation:update',
        });
        const organisation = await updateOrganisation({
          ctx,
          workspaceId: workspace.id,
          organisationId: params.organisationId!,
          patch: body,
        });
        return { organisation };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/:workspaceId/organisations/:organisationId',
      summary: 'Remove an organisation nobody represents (admins)',
      tag: 'organisations',
      auth: 'required',
      errors: [...scoped, 409],
      async handle({ principal, params }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'organisation:delete',
        });
        await deleteOrganisation({
          ctx,
          workspaceId: workspace.id,
          organisationId: params.organisationId!,
        });
      },
    }),

    defineRoute({
      method: 'get',
      path: '/workspaces/:workspaceId/bodies',
      summary: 'Bodies (steering group, reference group, ...) of the workspace',
      tag: 'bodies',
      auth: 'required',
      response: bodyListResponseSchema,
      errors: scoped,
      async handle({ principal, params }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'workspace:read',
        });
        return { bodies: await ctx.store.bodies.listByWorkspace(workspace.id) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/:workspaceId/bodies',
      summary: 'Add a body (admins)',
      tag: 'bodies',
      auth: 'required',
      body: createBodyRequestSchema,
      response: bodyResponseSchema,
      status: 201,
      errors: scoped,
      async handle({ principal, params, body }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'body:create',
        });
        return { body: await createBody({ ctx, workspaceId: workspace.id, input: body }) };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/:workspaceId/bodies/:bodyId',
      summary: 'Change a body (admins)',
      tag: 'bodies',
      auth: 'required',
      body: updateBodyRequestSchema,
      response: bodyResponseSchema,
      errors: scoped,
      async handle({ principal, params, body }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'body:update',
        });
        return {
          body: await updateBody({
            ctx,
            workspaceId: workspace.id,
            bodyId: params.bodyId!,
            patch: body,
          }),
        };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/:workspaceId/bodies/:bodyId',
      summary: 'Remove a body without members (admins)',
      tag: 'bodies',
      auth: 'required',
      errors: [...scoped, 409],
      async handle({ principal, params }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'body:delete',
        });
        await deleteBody({ ctx, workspaceId: workspace.id, bodyId: params.bodyId! });
      },
    }),
  ];
}
