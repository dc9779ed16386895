/**
 * The one place errors become responses: `{ error: { code, message, details? } }`.
 * AppErrors carry their status; body-parser failures (bad JSON, too large)
 * become 400 with details; anything else is a 500 that is logged without
 * request content.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';

interface BodyParserError {
  type: string;
  status?: number;
  limit?: number;
  message: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (!isBodyParserError(error)) return null;
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppError(400, 'invalid_json', 'The request body is not valid JSON', [
        { path: '(body)', message: error.message },
      ]);
    case 'entity.too.large':
      return new AppError(400, 'payload_too_large', 'The request body is too large', [
        { path: '(body)', message: `at most ${error.limit ?? '?'} bytes` },
      ]);
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new AppError(400, 'unsupported_encoding', error.message);
    default:
      return error.status && error.status < 500
        ? new AppError(400, 'bad_request', error.message)
        : null;
  }
}

export function apiErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const appError = toAppError(error);
    if (appError) {
      if (appError.status === 429 && isRetryDetails(appError.details)) {
        res.setHeader('Retry-After', String(appError.details.retryAfterSeconds));
      }
      res.status(appError.status).json({
        error: {
          code: appError.code,
          message: appError.message,
          ...(appError.details !== undefined && { details: appError.details }),
        },
      });
      return;
    }
    logger.error('unhandled API error', { method: req.method, path: req.path, error });
    if (res.headersSent) return;
    res.status(500).json({ error: { code: 'internal', message: 'Something went wrong' } });
  };
}

export const apiNotFound: RequestHandler = (req, res) => {
  res
    .status(404)
    .json({ error: { code: 'not_found', message: `No API route ${req.method} ${req.path}` } });
};

function isRetryDetails(details: unknown): details is { retryAfterSeconds: number } {
  return typeof details === 'object' && details !== null && 'retryAfterSeconds' in details;
}
