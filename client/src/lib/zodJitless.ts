/**
 * The client build's `zod` (vite.config.ts aliases the bare specifier here, so
 * the shared schemas get it too): zod itself, set to `jitless` before any
 * schema is built. Zod compiles object parsers with `new Function` when the
 * page allows it, and probes for that when it builds its first object schema.
 * Our CSP forbids eval (script-src 'self'), so the probe only fails, and the
 * caught failure is still a CSP violation that Chromium reports (Lighthouse
 * counts it against best practices). Jitless skips the probe; the parsers are
 * the interpreted ones the CSP left us anyway. Set here rather than in
 * main.tsx so that zod stays out of the entry chunk, with the pages that use it.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });

export * from 'zod/v4';
