/**
 * The activity feed (members) and the audit log (admins) of a workspace.
 * The audit export streams the whole chain with its hashes and the head, so
 * an auditor can recompute every hash and compare the head with an earlier
 * export of theirs.
 */
import {
  activityPageSchema,
  activityQuerySchema,
  auditFormatSchema,
  auditStatusSchema,
  emptyHeadOf,
} from '@samverka/shared';
import type { Response } from 'express';
import { z } from 'zod';
import { presentActivityEntry } from '../../events/activityPresenter.js';
import { checkChain, readWholeChain } from '../../events/checkChains.js';
import type { ServiceContext } from '../../services/context.js';
import { csvCell } from '../../services/csvCell.js';
import type { ApiDeps } from '../deps.js';
import type { AnyRoute } from '../route.js';
import { parseOrThrow } from '../validation.js';
import { defineWorkspaceRoute } from './access.js';

export function activityRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  return [
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/activity',
      summary: 'Recent changes, newest first (cursor pagination: pass nextCursor as before)',
      tag: 'activity',
      action: 'activity:read',
      response: activityPageSchema,
      errors: [400],
      async handle({ workspace, req }) {
        const query = parseOrThrow(activityQuerySchema, req.query);
        const events = await ctx.store.events.listRecent(workspace.id, {
          limit: query.limit,
          ...(query.before !== undefined && { beforeSeq: Number(query.before) }),
          ...(query.documentId !== undefined && { objectId: query.documentId }),
        });
        const last = events[events.length - 1];
        return {
          entries: events.map(presentActivityEntry),
          nextCursor: events.length === query.limit && last ? String(last.seq) : null,
        };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/audit/status',
      summary: "Whether the workspace's event chain checks out against its head (admins)",
      tag: 'activity',
      action: 'audit:read',
      response: auditStatusSchema,
      async handle({ workspace }) {
        const check = await checkChain(ctx.store.events, workspace.id);
        return {
          head: (await ctx.store.events.head(workspace.id)) ?? emptyHeadOf(workspace.id),
          eventCount: check.eventCount,
          valid: check.valid,
          firstBroken: check.firstBroken,
          checkedAt: ctx.now().toISOString(),
        };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/audit',
      summary: 'The full event log with chain hashes and head, streamed (?format=json|csv; admins)',
      tag: 'activity',
      action: 'audit:read',
      streams: ['application/json', 'text/csv'],
      errors: [400],
      async handle({ workspace, req, res }) {
        const { format } = parseOrThrow(
          z.object({ format: auditFormatSchema.default('json') }),
          req.query,
        );
        await streamAudit(ctx, workspace.id, format, res);
      },
    }),
  ];
}

const CSV_COLUMNS = [
  'seq',
  'at',
  'action',
  'objectType',
  'objectId',
  'actorUserId',
  'actorName',
  'actorOrganisationId',
  'actorOrganisationName',
  'onBehalfOf',
  'requestId',
  'payload',
  'id',
  'prevHash',
  'hash',
] as const;

async function streamAudit(
  ctx: ServiceContext,
  workspaceId: string,
  format: 'json' | 'csv',
  res: Response,
): Promise<void> {
  const head = (await ctx.store.events.head(workspaceId)) ?? emptyHeadOf(workspaceId);
  const stamp = ctx.now().toISOString();
  const name = `samverka-audit-${workspaceId}-${stamp.slice(0, 10)}.${format}`;
  res.status(200);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  const write = (chunk: string) => {
    res.write(chunk);
  };
  if (format === 'json') {
    res.type('application/json');
    write(`{"exportedAt":${JSON.stringify(stamp)},"head":${JSON.stringify(head)},"events":[`);
    let first = true;
    for await (const event of readWholeChain(ctx.store.events, workspaceId)) {
      write(`${first ? '' : ','}\n${JSON.stringify(event)}`);
      first = false;
    }
    write(']}\n');
  } else {
    res.type('text/csv; charset=utf-8');
    // The head first, as comment lines an auditor compares with their earlier export.
    write(`# head: workspace=${workspaceId} count=${head.count} lastHash=${head.lastHash}\n`);
    write(`# exportedAt: ${stamp}\n`);
    write(`${CSV_COLUMNS.join(',')}\n`);
    for await (const e of readWholeChain(ctx.store.events, workspaceId)) {
      const row = [
        e.seq,
        e.at,
        e.action,
        e.object.type,
        e.object.id,
        e.actor.userId,
        e.actor.name,
        e.actor.organisationId,
        e.actor.organisationName,
        e.actor.onBehalfOf,
        e.requestId,
        JSON.stringify(e.payload),
        e.id,
        e.prevHash,
        e.hash,
      ];
      write(`${row.map(csvCell).join(',')}\n`);
    }
  }
  res.end();
}
