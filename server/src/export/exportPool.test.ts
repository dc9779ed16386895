// The export pool renders in worker threads (not on the event loop that
// carries live edits), bounds how many jobs wait, and keeps working after
// a job fails.
import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFixtureDocument, exportFixtureMetadata } from '../test-support/exportFixture.js';
import type { ExportJob } from './exportInput.js';
import { createExportPool } from './exportPool.js';
import type { ExportPool } from './exportPool.js';

const job = (format: ExportJob['format'] = 'pdf'): ExportJob => ({
  format,
  content: exportFixtureDocument(),
  metadata: exportFixtureMetadata(),
});

let pool: ExportPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('export pool', () => {
  it('renders in a worker thread, not the calling thread', async () => {
    pool = createExportPool({ size: 1 });
    const rendered = await pool.run(job('pdf'));
    expect(rendered.threadId).not.toBe(threadId);
    expect(rendered.threadId).toBeGreaterThan(0);
    expect(Buffer.from(rendered.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('refuses jobs beyond its queue with 503 and finishes the accepted ones', async () => {
    pool = createExportPool({ size: 1, maxQueued: 2 });
    // One job runs, two wait: the fourth is refused.
    const accepted = [pool.run(job('md')), pool.run(job('md')), pool.run(job('md'))];
    await expect(pool.run(job('md'))).rejects.toMatchObject({ status: 503, code: 'export_busy' });
    const results = await Promise.all(accepted);
    expect(results.map((result) => new TextDecoder().decode(result.bytes).slice(0, 2))).toEqual([
      '# ',
      '# ',
      '# ',
    ]);
  });

  it('reports a job that cannot be rendered and keeps serving', async () => {
    pool = createExportPool({ size: 1 });
    await expect(
      pool.run({ ...job('pdf'), content: { type: 'doc', content: [{ type: 'nonsense' }] } }),
    ).rejects.toThrow(/export failed/);
    const rendered = await pool.run(job('docx'));
    expect(Buffer.from(rendered.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
  });
});
