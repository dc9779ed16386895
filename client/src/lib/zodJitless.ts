/**
 * Zod compiles object parsers with `new Function` when the page allows it, and
 * probes for that the first time it builds an object schema. Our CSP forbids
 * eval (script-src 'self'), so in the browser the probe only fails, and the
 * caught failure is still a CSP violation that Chromium reports (Lighthouse
 * counts it against best practices). `jitless` skips the probe; the parsers
 * are the interpreted ones the CSP left us anyway. It must be set before any
 * schema is built, so main.tsx imports this module first.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
