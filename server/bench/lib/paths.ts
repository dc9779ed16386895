/**
 * Where the benchmark finds things. Everything is resolved from the repository
 * root (two levels above this folder), never from the working directory, so
 * `npm run bench` at the root and `npm run bench -w server` behave the same.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const serverRoot = path.join(repoRoot, 'server');
export const resultsDir = path.join(serverRoot, 'bench', 'results');
export const cacheDir = path.join(resultsDir, 'cache');

/** Inputs committed with the benchmark (see fixtures/README.md for sources and licences). */
export const fixturesDir = path.join(serverRoot, 'bench', 'fixtures');
export const traceFile = path.join(fixturesDir, 'automerge-paper.json.gz');

export const referenceServerScript = path.join(
  repoRoot,
  'node_modules',
  '@y',
  'websocket-server',
  'src',
  'server.js',
);
export const builtServerMain = path.join(serverRoot, 'dist', 'main.js');
export const sourceServerMain = path.join(serverRoot, 'src', 'main.ts');

export function requireFile(file: string, hint: string): string {
  if (!existsSync(file)) {
    throw new Error(`Benchmark input missing: ${file}\n  ${hint}`);
  }
  return file;
}
