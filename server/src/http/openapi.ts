/**
 * The OpenAPI 3.1 document, generated from the route list and its zod
 * schemas (zod 4's z.toJSONSchema); nothing here is written by hand except
 * the envelope.
 */
import { errorResponseSchema } from '@samverka/shared';
import { z } from 'zod';
import type { AnyRoute } from './route.js';

const errorDescriptions: Record<number, string> = {
  400: 'Invalid request (details lists the fields)',
  401: 'Not signed in, or credentials invalid',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflicts with the current state',
  429: 'Too many attempts',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

export function buildOpenApiDocument(routes: readonly AnyRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorSchema = jsonSchema(errorResponseSchema, 'output');
  for (const route of routes) {
    const path = `/api${route.path.replace(/:(\w+)/g, '{$1}')}`;
    const parameters = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const errors = new Set([
      ...(route.errors ?? []),
      ...(route.body ? [400] : []),
      ...(route.auth === 'required' ? [401] : []),
    ]);
    const responses: Record<string, unknown> = {};
    if (route.response) {
      responses[String(route.status ?? 200)] = {
        description: 'Success',
        content: { 'application/json': { schema: jsonSchema(route.response, 'output') } },
      };
    } else if (route.streams) {
      responses['200'] = {
        description: 'Success (streamed)',
        content: Object.fromEntries(route.streams.map((type) => [type, {}])),
      };
    } else {
      responses['204'] = { description: 'Done' };
    }
    for (const status of [...errors].sort()) {
      responses[String(status)] = {
        description: errorDescriptions[status] ?? 'Error',
        content: { 'application/json': { schema: errorSchema } },
      };
    }
    paths[path] ??= {};
    paths[path][route.method] = {
      summary: route.summary,
      tags: [route.tag],
      ...(parameters.length > 0 && { parameters }),
      ...(route.auth === 'required' && { security: [{ sessionCookie: [] }, { bearerToken: [] }] }),
      ...(route.body && {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
        },
      }),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Samverka API',
      version: '0.1.0',
      description:
        'REST API of Samverka. State-changing browser requests must come from an allowed Origin. ' +
        'Errors are { error: { code, message, details? } }.',
    },
    components: {
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'samverka_session' },
        bearerToken: { type: 'http', scheme: 'bearer', description: 'Personal API token' },
      },
    },
    paths,
  };
}
