/** Building blocks shared by every domain schema. */
import { z } from 'zod';

/** Server-generated identifiers (UUIDs); also valid Yjs document names. */
export const idSchema = z.string().min(1).max(128);
export type Id = z.infer<typeof idSchema>;

/** Timestamps travel as ISO 8601 strings (UTC). */
export const timestampSchema = z.string();

/** A label in both UI languages; Swedish is the primary one. */
export const localisedTextSchema = z.object({ sv: z.string(), en: z.string() });
export type LocalisedText = z.infer<typeof localisedTextSchema>;

/** A display colour, `#rrggbb`. */
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb');

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'a valid email address is required' }));
