/**
 * Names one chunk, "app", for every module the entry imports statically
 * (directly or through others): the code every page runs at start-up.
 *
 * Left to itself, rolldown cuts a module that both the entry and a lazy page
 * import into a chunk of its own, so the entry came with nine chunks of 1–3
 * KiB. Each is a request: on a slow network they queue behind each other, and
 * issuing them costs the page's first task ~90 ms on a slow phone. Rollup
 * would have left them in the entry (it is always loaded first); this puts
 * them back together. Only modules the entry already needs are captured, so
 * no page's code moves into the start-up.
 *
 * The shared package is not followed: its index re-exports every module
 * (schemas, templates, zod with them), and the graph says what a module
 * imports, not which of its exports are used. Followed, one value import of
 * the index from the entry moved all of it into this chunk (+29 KiB brotli).
 * The few shared modules the entry uses go to the entry chunk, which loads
 * first as well.
 */
import type { Rolldown } from 'vite';

type ChunkingContext = Rolldown.ChunkingContext;

const SHARED_PACKAGE = /[\\/]shared[\\/]src[\\/]/;

export function startupChunkName(entryModuleId: string) {
  let startup: Set<string> | undefined;
  const staticClosure = (ctx: ChunkingContext) => {
    const seen = new Set<string>([entryModuleId]);
    const queue = [entryModuleId];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) {
        if (seen.has(imported) || SHARED_PACKAGE.test(imported)) continue;
        seen.add(imported);
        queue.push(imported);
      }
    }
    return seen;
  };
  return (moduleId: string, ctx: ChunkingContext): string | null => {
    startup ??= staticClosure(ctx);
    return startup.has(moduleId) ? 'app' : null;
  };
}
