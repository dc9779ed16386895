/**
 * Swedish organisation numbers. A module of its own because the client
 * validates with this schema: beside the organisation kinds and labels, which
 * most pages read, it would bring zod to all of them.
 */
import { z } from 'zod';

/** Swedish organisation number, e.g. 212000-1355 (digits with an optional dash). */
export const organisationNumberSchema = z
  .string()
  .trim()
  .regex(/^\d{6}-?\d{4}$/, 'organisation number must look like 212000-1355');
