/**
 * Routes as data. Each API route is one object: method, path, the zod
 * schemas of its body and response, whether it needs a signed-in caller,
 * and a handler. The same list mounts the Express router (mountRoutes) and
 * generates the OpenAPI document (openapi.ts), so the description cannot
 * drift from what the server accepts.
 *
 * A handler reads top to bottom: load → authorize → service → presenter.
 * Authentication and body validation happen before it runs.
 */
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Principal } from '../auth/principal.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type AuthMode = 'required' | 'optional' | 'none';

export interface HandlerInput<Body, A extends AuthMode> {
  req: Request;
  res: Response;
  params: Record<string, string>;
  body: Body;
  principal: A extends 'required' ? Principal : Principal | null;
}

/** The validated body a handler receives for body schema B. */
export type BodyOf<B extends z.ZodType | undefined> = B extends z.ZodType ? z.output<B> : undefined;

/** What a handler returns for response schema R (nothing for 204). */
export type ResultOf<R extends z.ZodType | undefined> = R extends z.ZodType ? z.input<R> : void;

export interface RouteSpec<
  B extends z.ZodType | undefined,
  R extends z.ZodType | undefined,
  A extends AuthMode,
> {
  method: HttpMethod;
  /** Express-style path below /api, e.g. '/workspaces/:workspaceId'. */
  path: string;
  summary: string;
  tag: string;
  auth: A;
  body?: B;
  /** Response schema; omitted for 204 No Content. */
  response?: R;
  /** Success status; 200 by default (204 when there is no response schema). */
  status?: 200 | 201;
  /** Content types of a handler that streams its own 200 answer (no response schema). */
  streams?: string[];
  /** Error statuses this route may answer with, for the OpenAPI document. */
  errors?: number[];
  handle(input: HandlerInput<BodyOf<B>, A>): Promise<ResultOf<R>>;
}

/** A route with its types erased, for lists. */
export interface AnyRoute {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  auth: AuthMode;
  body?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  streams?: string[];
  errors?: number[];
  handle(input: HandlerInput<unknown, AuthMode>): Promise<unknown>;
}

export function defineRoute<
  A extends AuthMode,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType | undefined = undefined,
>(spec: RouteSpec<B, R, A>): AnyRoute {
  return spec as unknown as AnyRoute;
}
