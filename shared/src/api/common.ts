/** Pieces shared by every REST schema: the error envelope and field limits. */
import { z } from 'zod';

/** Every error response: `{ error: { code, message, details? } }`. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** `details` of a 400 `validation_failed` error: one entry per bad field. */
export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const nameField = z.string().trim().min(1, 'required').max(200);
export const titleField = z.string().trim().min(1, 'required').max(300);
export const descriptionField = z.string().trim().max(5000);
/** Passwords: at least 10 characters; argon2 hashes any length, the cap stops abuse. */
export const newPasswordField = z
  .string()
  .min(10, 'at least 10 characters')
  .max(256, 'at most 256 characters');
