/** zod failures as the API's 400: `details` lists one { path, message } per field. */
import type { FieldError } from '@samverka/shared';
import type { z } from 'zod';
import { AppError } from '../errors.js';

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError(
      400,
      'validation_failed',
      'Request has invalid fields',
      fieldErrors(result.error),
    );
  }
  return result.data;
}
