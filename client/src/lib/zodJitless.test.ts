// Zod takes the config set before it loads: it never probes for `new Function`, which our CSP forbids.
import { expect, it } from 'vitest';

import './zodJitless';

it('makes zod jitless before its first schema, so it never tries eval', async () => {
  const { globalConfig, util } = await import('zod/v4/core');
  const { z } = await import('zod');
  expect(z.object({ a: z.string() }).parse({ a: 'x' })).toEqual({ a: 'x' });
  expect(globalConfig.jitless).toBe(true);
  // Node allows eval: without jitless the probe would answer true.
  expect(util.allowsEval.value).toBe(false);
});
