// The built client runs under the server's Content Security Policy: signing in, opening a
// document, live editing over the WebSocket and presence all work with no CSP violation.
// Violations are read from the page's securitypolicyviolation events as well as the console:
// a caught one (zod probing `new Function`) logs nothing, yet Chromium reports it as an
// issue and Lighthouse's best-practices score counts it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  openDocument,
  sectionParagraph,
  signIn,
  waitForSaved,
  waitForSectionText,
} from '../support/app.js';
import { demo, needsAnalysisTitle } from '../support/demo.js';
import { repoRoot } from '../support/server.js';
import { useAppUnderTest } from '../support/suite.js';

describe('content security policy', () => {
  const app = useAppUnderTest();

  it('the built index.html has no inline script', async () => {
    const html = await readFile(path.join(repoRoot, 'client/dist/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//);
      expect(body!.trim()).toBe('');
    }
  });

  it('serves the app under a CSP that blocks nothing it needs while two people co-edit', async () => {
    const violations: string[] = [];
    const people = await Promise.all([app.visitor(), app.visitor()]);
    for (const { page } of people) {
      await page.exposeFunction('reportCspViolation', (violation: string) => {
        violations.push(violation);
      });
      await page.addInitScript(() => {
        const report = (window as unknown as { reportCspViolation: (v: string) => void })
          .reportCspViolation;
        document.addEventListener('securitypolicyviolation', (event) => {
          report(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}`);
        });
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      page.on('pageerror', (error) => violations.push(`pageerror: ${error.message}`));
    }
    const [anna, maria] = people as [(typeof people)[0], (typeof people)[0]];
    const documentResponse = anna.page.waitForResponse(
      (r) => r.request().resourceType() === 'document' && r.url().startsWith(app.baseUrl),
    );
    await signIn(anna.page, app.baseUrl, demo.admin.email, demo.admin.password);
    const csp = (await documentResponse).headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    await signIn(
      maria.page,
      app.baseUrl,
      demo.ideaBasedEditor.email,
      demo.ideaBasedEditor.password,
    );
    await openDocument(anna.page, app.baseUrl, needsAnalysisTitle);
    await openDocument(maria.page, app.baseUrl, needsAnalysisTitle);

    const text = 'Skrivet under en strikt innehållspolicy.';
    await sectionParagraph(anna.page, 'Nuläge').click();
    await anna.page.keyboard.type(text);
    await waitForSaved(anna.page);
    await waitForSectionText(maria.page, 'Nuläge', text);
    await maria.page
      .locator('[data-testid="presence-avatar"]', { hasText: demo.admin.name })
      .waitFor();
    expect(violations).toEqual([]);
  });
});
