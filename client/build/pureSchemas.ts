/**
 * Client build only: marks the shared package's zod schema construction as
 * pure (`/* @__PURE__ *\/` before every chain that starts at a schema), so the
 * bundler drops every schema the browser code does not use. Building a zod
 * schema is not free: the workspace page built hundreds, ~130 ms of its
 * start-up on this machine's CPU, ×4 under Lighthouse's mobile throttling, and
 * the client uses a handful (the awareness state, the organisation number).
 * Every call is marked, not only each declaration's outer one: an unused pure
 * call still keeps arguments that are calls themselves
 * (`z.object({ a: z.string() })`), and a kept argument keeps zod in the page.
 *
 * A chain starts at `z.`, at a `<name>Schema.` or `<name>Field.` (the shared
 * package's names for exported schemas, pureSchemas.test.ts holds it to
 * that), or at a constant the same module declared from such a chain
 * (`const titleText = z.string()…`, then `titleText.optional()`).
 *
 * Safe because constructing a schema has no effect outside the value it
 * returns (shared/ registers nothing in zod's global registry), and an
 * annotation only lets the bundler drop a call whose result nobody uses.
 * Parsing is left unmarked: `schema.parse(x)` may be called to throw. The
 * server builds with tsc and is untouched.
 */
import type { Plugin } from 'vite';

const SHARED_SOURCE = /[\\/]shared[\\/]src[\\/].+\.ts$/;

/** What follows a schema when a chain parses rather than builds. */
const PARSING = String.raw`(?:parse|safeParse|parseAsync|safeParseAsync|decode|encode)\b`;

/** Names that are schemas in any shared module. */
const SCHEMA_NAME = String.raw`z|\w+Schema|\w+Field`;

/** `const name = <root>.…` (a type annotation allowed), capturing the name and the root. */
const DECLARATION = new RegExp(
  String.raw`\bconst\s+(\w+)\s*(?::[^=;]*)?=\s*(\w+)\s*\.\s*(?!${PARSING})`,
  'g',
);

/** The module's constants built from a schema chain, directly or through one another. */
export function localSchemas(source: string): Set<string> {
  const isSchemaName = new RegExp(`^(?:${SCHEMA_NAME})$`);
  const declarations = Array.from(source.matchAll(DECLARATION), ([, name = '', root = '']) => ({
    name,
    root,
  }));
  const names = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const { name, root } of declarations) {
      if (names.has(name) || !(isSchemaName.test(root) || names.has(root))) continue;
      names.add(name);
      grew = true;
    }
  }
  return names;
}

export function annotateSchemas(source: string): string {
  const roots = [SCHEMA_NAME, ...localSchemas(source)].join('|');
  // At `<root>.` as a whole name (not a member of something else), unless it parses.
  const chain = new RegExp(String.raw`(?<![\w$.])(?=(?:${roots})\s*\.\s*(?!${PARSING}))`, 'g');
  return source.replace(chain, '/* @__PURE__ */ ');
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
