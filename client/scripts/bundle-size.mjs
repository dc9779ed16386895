#!/usr/bin/env node
/* global console, process */
// Prints the gzip size of the JavaScript a first visit downloads: the entry
// script(s) and module preloads referenced by dist/index.html. Lazy chunks
// (the editor) are listed separately. Fails when the budget is exceeded.
// Usage: npm run build -w client && node client/scripts/bundle-size.mjs
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';

const BUDGET_KIB = 150;
const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g),
  ].map((match) => match[1]),
);

const gzipKiB = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;
const all = readdirSync(path.join(dist, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `assets/${name}`);

let initialTotal = 0;
console.log('Initial JavaScript (gzip):');
for (const file of initial) {
  const size = gzipKiB(file);
  initialTotal += size;
  console.log(`  ${file.padEnd(48)} ${size.toFixed(1).padStart(7)} KiB`);
}
console.log(
  `  ${'total'.padEnd(48)} ${initialTotal.toFixed(1).padStart(7)} KiB (budget ${BUDGET_KIB} KiB)`,
);
console.log('Lazy chunks (gzip):');
for (const file of all.filter((name) => !initial.has(name))) {
  console.log(`  ${file.padEnd(48)} ${gzipKiB(file).toFixed(1).padStart(7)} KiB`);
}
if (initialTotal > BUDGET_KIB) {
  console.error(`Initial JavaScript exceeds the ${BUDGET_KIB} KiB budget.`);
  process.exit(1);
}
