/**
 * GET /api/documents/:id/export?format=md|docx|pdf[&version=<id>][&lang=sv|en][&numbered=true|false]:
 * the document (current state or a version) rendered on the server in a
 * worker thread and sent as a download (document:read).
 */
import { idSchema } from '@samverka/shared';
import { z } from 'zod';
import { loadAndAuthorize } from '../../auth/loadAndAuthorize.js';
import { attachmentDisposition } from '../../export/contentDisposition.js';
import { EXPORT_CONTENT_TYPES, exportDocument } from '../../export/exportDocument.js';
import { exportFormats } from '../../export/exportInput.js';
import type { ExportPool } from '../../export/exportPool.js';
import { createExportPool } from '../../export/exportPool.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';
import { parseOrThrow } from '../validation.js';
import { WORKSPACE_ERRORS } from './access.js';

const exportQuerySchema = z.object({
  format: z.enum(exportFormats),
  version: idSchema.optional(),
  lang: z.enum(['sv', 'en']).default('sv'),
  numbered: z.enum(['true', 'false']).optional(),
});

export function exportRoutes(deps: ApiDeps, pool: ExportPool = createExportPool()): AnyRoute[] {
  const { ctx } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/documents/:documentId/export',
      summary:
        'The document as Markdown, DOCX or tagged PDF (?format=md|docx|pdf, optional version, lang, numbered)',
      tag: 'documents',
      auth: 'required',
      streams: Object.values(EXPORT_CONTENT_TYPES),
      errors: [400, ...WORKSPACE_ERRORS, 503],
      async handle({ principal, params, req, res }) {
        const { document, workspace } = await loadAndAuthorize({
          store: ctx.store,
          principal,
          action: 'document:read',
          load: 'document',
          id: params.documentId!,
        });
        const query = parseOrThrow(exportQuerySchema, req.query);
        const exported = await exportDocument({
          ctx,
          pool,
          document,
          workspace,
          format: query.format,
          versionId: query.version ?? null,
          language: query.lang,
          numbered: query.numbered === undefined ? null : query.numbered === 'true',
        });
        res.status(200);
        res.setHeader('Content-Type', exported.contentType);
        res.setHeader('Content-Disposition', attachmentDisposition(exported.fileName));
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.end(
          Buffer.from(exported.bytes.buffer, exported.bytes.byteOffset, exported.bytes.byteLength),
        );
      },
    }),
  ];
}
