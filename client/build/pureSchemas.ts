/**
 * Client build only: marks the shared package's zod schema construction as
 * pure (`/* @__PURE__ *\/` before every chain that starts at `z.` or at a
 * `<name>Schema.`), so the bundler drops every schema the browser code does
 * not use. Building a zod schema is not free: the workspace page built
 * hundreds, ~130 ms of its start-up on this machine's CPU, ×4 under
 * Lighthouse's mobile throttling, and the client uses a handful (a few enums,
 * the awareness state, the organisation number). Every call is marked, not
 * only each declaration's outer one: an unused pure call still keeps
 * arguments that are calls themselves (`z.object({ a: z.string() })`).
 *
 * Safe because constructing a schema has no effect outside the value it
 * returns (shared/ registers nothing in zod's global registry), and an
 * annotation only lets the bundler drop a call whose result nobody uses.
 * Parsing is left unmarked: `schema.parse(x)` may be called to throw. The
 * server builds with tsc and is untouched.
 */
import type { Plugin } from 'vite';

const SHARED_SOURCE = /[\\/]shared[\\/]src[\\/].+\.ts$/;

/** `z.…` or `fooSchema.…` (not a member of something else), unless it parses. */
const SCHEMA_CHAIN =
  /(?<![\w$.])(?=(?:z|\w+Schema)\s*\.\s*(?!(?:parse|safeParse|parseAsync|safeParseAsync|decode|encode)\b))/g;

export function annotateSchemas(source: string): string {
  return source.replace(SCHEMA_CHAIN, '/* @__PURE__ */ ');
}

export function pureSchemas(): Plugin {
  return {
    name: 'samverka-pure-schemas',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!SHARED_SOURCE.test(id) || id.endsWith('.test.ts')) return null;
      const annotated = annotateSchemas(code);
      return annotated === code ? null : { code: annotated, map: null };
    },
  };
}
