// The start-up chunk takes what the entry imports statically, through any depth, and nothing a
// lazy page alone needs.
import { describe, expect, it } from 'vitest';

import { startupChunkName } from './startupChunk';

type ModuleGraph = Record<string, { importedIds: string[]; dynamicallyImportedIds?: string[] }>;

function contextOf(graph: ModuleGraph) {
  return {
    getModuleInfo: (id: string) => {
      const module = graph[id];
      return module
        ? ({
            id,
            importedIds: module.importedIds,
            dynamicallyImportedIds: module.dynamicallyImportedIds ?? [],
          } as never)
        : null;
    },
  };
}

describe('startupChunkName', () => {
  it('names the static closure of the entry "app" and leaves lazily imported modules alone', () => {
    const graph: ModuleGraph = {
      '/src/main.tsx': { importedIds: ['/src/App.tsx', '/src/lib/format.ts'] },
      '/src/App.tsx': {
        importedIds: ['/src/lib/format.ts', '/node_modules/react/index.js'],
        dynamicallyImportedIds: ['/src/editor/index.ts'],
      },
      '/src/lib/format.ts': { importedIds: [] },
      '/node_modules/react/index.js': { importedIds: [] },
      '/src/editor/index.ts': { importedIds: ['/src/lib/format.ts', '/node_modules/yjs/index.js'] },
      '/node_modules/yjs/index.js': { importedIds: [] },
    };
    const name = startupChunkName('/src/main.tsx');
    const context = contextOf(graph);
    const named = Object.keys(graph).map((id) => [id, name(id, context)]);
    expect(Object.fromEntries(named)).toEqual({
      '/src/main.tsx': 'app',
      '/src/App.tsx': 'app',
      '/src/lib/format.ts': 'app',
      '/node_modules/react/index.js': 'app',
      '/src/editor/index.ts': null,
      '/node_modules/yjs/index.js': null,
    });
  });

  it('does not follow the shared package, whose index re-exports everything', () => {
    const graph: ModuleGraph = {
      '/src/main.tsx': { importedIds: ['/shared/src/index.ts'] },
      '/shared/src/index.ts': {
        importedIds: ['/shared/src/pageData.ts', '/shared/src/templates/index.ts'],
      },
      '/shared/src/pageData.ts': { importedIds: [] },
      '/shared/src/templates/index.ts': { importedIds: ['/node_modules/zod/index.js'] },
      '/node_modules/zod/index.js': { importedIds: [] },
    };
    const name = startupChunkName('/src/main.tsx');
    const context = contextOf(graph);
    const named = Object.keys(graph).map((id) => [id, name(id, context)]);
    expect(Object.fromEntries(named)).toEqual({
      '/src/main.tsx': 'app',
      '/shared/src/index.ts': null,
      '/shared/src/pageData.ts': null,
      '/shared/src/templates/index.ts': null,
      '/node_modules/zod/index.js': null,
    });
  });
});
