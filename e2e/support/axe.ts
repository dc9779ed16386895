/**
 * Accessibility check with axe-core injected from the installed package:
 * WCAG 2.0/2.1 A and AA rules; any serious or critical violation fails with
 * a readable list (rule, impact, first offending nodes).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

declare global {
  interface Window {
    axe?: {
      run(
        context: Document,
        options: { runOnly: { type: 'tag'; values: string[] } },
      ): Promise<{ violations: AxeViolation[] }>;
    };
  }
}

export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) {
    // Evaluated through the DevTools protocol, not as a <script> tag: the app's CSP
    // (script-src 'self') rightly refuses inline scripts, and the specs keep it on.
    await page.evaluate(await readFile(axePath, 'utf8'));
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe!.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .slice(0, 3)
          .map((node) => JSON.stringify(node.target))
          .join(', ')}`,
    );
}
