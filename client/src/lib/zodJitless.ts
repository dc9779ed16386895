/**
 * Sets zod `jitless` before zod loads (main.tsx imports this first). Zod
 * compiles object parsers with `new Function` when the page allows it, and
 * probes for that when it builds its first object schema. Our CSP forbids
 * eval (script-src 'self'), so the probe only fails, and the caught failure is
 * still a CSP violation that Chromium reports (Lighthouse counts it against
 * best practices). Jitless skips the probe; the parsers are the interpreted
 * ones the CSP left us anyway.
 *
 * Zod adopts a config object it finds on `globalThis` when it loads, so this
 * imports nothing: zod stays with the few pages that build a schema. (A
 * module wrapping zod instead would be imported by every shared module,
 * bringing zod to pages that read only an enum's values.)
 */
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;
