/** Small async helpers shared by the workloads. */

/** Runs the jobs with at most `concurrency` in flight; rejects on the first failure. */
export async function connectInBatches(
  jobs: readonly (() => Promise<void>)[],
  concurrency: number,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      if (job) await job();
    }
  });
  await Promise.all(lanes);
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
