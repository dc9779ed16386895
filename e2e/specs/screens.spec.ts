/**
 * Every screen, in Swedish and then English, at 1366 and 390 px: no serious
 * or critical axe violations, no untranslated keys, no sideways scrolling on
 * a phone, and a screenshot of each width for human review.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { openDocument } from '../support/app.js';
import { demo, demoWorkspaceName, needsAnalysisTitle } from '../support/demo.js';
import { checkScreenAtBothWidths } from '../support/responsive.js';
import { useAppUnderTest } from '../support/suite.js';

function checkScreen(page: Page, name: string): Promise<void> {
  return checkScreenAtBothWidths(page, name);
}

describe('screens', () => {
  const app = useAppUnderTest();

  it('signed-out screens are accessible and fully Swedish', async () => {
    const { context, page } = await app.visitor();
    await page.goto(`${app.baseUrl}/`);
    await page.locator('h1', { hasText: 'Logga in' }).waitFor();
    await checkScreen(page, 'login');

    await page.locator('input[name="email"]').fill(demo.admin.email);
    await page.locator('input[name="password"]').fill('fel-losenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').waitFor();
    await checkScreen(page, 'login-error');

    await page.goto(`${app.baseUrl}/forgot-password`);
    await page.locator('h1').waitFor();
    await checkScreen(page, 'forgot-password');

    await page.goto(`${app.baseUrl}/invite#token=finns-inte`);
    await page.getByRole('alert').waitFor();
    await checkScreen(page, 'invite-invalid');
    await context.close();
  });

  it('signed-in screens are accessible in Swedish, and English works and is remembered', async () => {
    const anna = await app.signedIn(demo.admin);
    const { page } = anna;
    await page.locator('h1', { hasText: 'Arbetsytor' }).waitFor();
    await checkScreen(page, 'workspaces');

    await page.getByRole('button', { name: 'Ny arbetsyta' }).click();
    await page.getByRole('dialog').waitFor();
    await checkScreen(page, 'workspace-create-dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: demoWorkspaceName }).first().click();
    await page.locator('#documents-heading').waitFor();
    await checkScreen(page, 'workspace-home');

    await page.getByRole('button', { name: 'Nytt dokument' }).click();
    await page.getByRole('dialog').waitFor();
    await checkScreen(page, 'document-new-dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Granskningslogg' }).click();
    await page.locator('h1').waitFor();
    await page.locator('table, [role="status"]').first().waitFor();
    await checkScreen(page, 'audit');
    await page.goBack();
    await page.locator('#documents-heading').waitFor();

    await openDocument(page, app.baseUrl, needsAnalysisTitle);
    await page.locator('[data-testid="sync-indicator"][data-status="saved"]').waitFor();
    await checkScreen(page, 'editor');

    await page.goto(`${app.baseUrl}/finns/inte`);
    await page.locator('h1', { hasText: 'Sidan finns inte' }).waitFor();
    await checkScreen(page, 'not-found');

    // Switch to English: the UI changes at once and stays English after a reload.
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('h1', { hasText: 'Workspaces' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await checkScreen(page, 'workspaces-en');
    await page.reload();
    await page.locator('h1', { hasText: 'Workspaces' }).waitFor();
    await openDocument(page, app.baseUrl, needsAnalysisTitle);
    await page.locator('[data-testid="sync-indicator"]', { hasText: 'Saved' }).waitFor();
    await checkScreen(page, 'editor-en');
    await anna.context.close();
  });

  it('a viewer’s editor screen is accessible and explains why it is read-only', async () => {
    const lena = await app.onDocument(demo.viewer, needsAnalysisTitle);
    await lena.page.locator('[data-testid="read-only-note"]').waitFor();
    await checkScreen(lena.page, 'editor-viewer');
    await lena.context.close();
  });
});
