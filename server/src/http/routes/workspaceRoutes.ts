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
import { authorize, site } from '../../auth/authorize.js';
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
import { defineWorkspaceRoute } from './access.js';

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
        return { workspaces: await listWorkspaces({ ctx, actor: principal }) };
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
        authorize(principal, 'workspace:create', site);
        return createWorkspace({ ctx, creator: principal.user, input: body });
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId',
      summary: 'One workspace with your membership and abilities',
      tag: 'workspaces',
      action: 'workspace:read',
      response: workspaceViewSchema,
      async handle({ principal, workspace, membership }) {
        return presentWorkspaceView(principal, workspace, membership);
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'patch',
      path: '/workspaces/:workspaceId',
      summary: 'Change name, kind, description or status (admins)',
      tag: 'workspaces',
      action: 'workspace:update',
      body: updateWorkspaceRequestSchema,
      response: workspaceViewSchema,
      errors: [409],
      async handle({ principal, workspace, membership, body }) {
        const updated = await updateWorkspace({ ctx, workspaceId: workspace.id, patch: body });
        return presentWorkspaceView(principal, updated, membership);
      },
    }),

    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/organisations',
      summary: 'Organisations taking part in the workspace',
      tag: 'organisations',
      action: 'workspace:read',
      response: organisationListResponseSchema,
      async handle({ workspace }) {
        return { organisations: await ctx.store.organisations.listByWorkspace(workspace.id) };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'post',
      path: '/workspaces/:workspaceId/organisations',
      summary: 'Add an organisation (admins)',
      tag: 'organisations',
      action: 'organisation:create',
      body: createOrganisationRequestSchema,
      response: organisationResponseSchema,
      status: 201,
      async handle({ workspace, body }) {
        return {
          organisation: await createOrganisation({ ctx, workspaceId: workspace.id, input: body }),
        };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'patch',
      path: '/workspaces/:workspaceId/organisations/:organisationId',
      summary: 'Change an organisation (admins)',
      tag: 'organisations',
      action: 'organisation:update',
      body: updateOrganisationRequestSchema,
      response: organisationResponseSchema,
      async handle({ workspace, body, params }) {
        const organisation = await updateOrganisation({
          ctx,
          workspaceId: workspace.id,
          organisationId: params.organisationId!,
          patch: body,
        });
        return { organisation };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'delete',
      path: '/workspaces/:workspaceId/organisations/:organisationId',
      summary: 'Remove an organisation nobody represents (admins)',
      tag: 'organisations',
      action: 'organisation:delete',
      errors: [409],
      async handle({ workspace, params }) {
        await deleteOrganisation({
          ctx,
          workspaceId: workspace.id,
          organisationId: params.organisationId!,
        });
      },
    }),

    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/bodies',
      summary: 'Bodies (steering group, reference group, ...) of the workspace',
      tag: 'bodies',
      action: 'workspace:read',
      response: bodyListResponseSchema,
      async handle({ workspace }) {
        return { bodies: await ctx.store.bodies.listByWorkspace(workspace.id) };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'post',
      path: '/workspaces/:workspaceId/bodies',
      summary: 'Add a body (admins)',
      tag: 'bodies',
      action: 'body:create',
      body: createBodyRequestSchema,
      response: bodyResponseSchema,
      status: 201,
      async handle({ workspace, body }) {
        return { body: await createBody({ ctx, workspaceId: workspace.id, input: body }) };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'patch',
      path: '/workspaces/:workspaceId/bodies/:bodyId',
      summary: 'Change a body (admins)',
      tag: 'bodies',
      action: 'body:update',
      body: updateBodyRequestSchema,
      response: bodyResponseSchema,
      async handle({ workspace, body, params }) {
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
    defineWorkspaceRoute(ctx, {
      method: 'delete',
      path: '/workspaces/:workspaceId/bodies/:bodyId',
      summary: 'Remove a body without members (admins)',
      tag: 'bodies',
      action: 'body:delete',
      errors: [409],
      async handle({ workspace, params }) {
        await deleteBody({ ctx, workspaceId: workspace.id, bodyId: params.bodyId! });
      },
    }),
  ];
}
