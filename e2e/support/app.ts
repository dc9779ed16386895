// Helpers that drive the app like a person: sign in, open things, read what the screen says.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { repoRoot } from './server.js';

export const artifactsDir = path.join(repoRoot, 'e2e/artifacts');

/** Saves a full-page screenshot for human review (e2e/artifacts is git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page
    .locator('h1')
    .filter({ hasNotText: /logga in|sign in/i })
    .first()
    .waitFor();
}

/** Opens the first document whose title matches, via the workspace list and home. */
export async function openDocument(page: Page, baseUrl: string, titleMatch: RegExp) {
  await page.goto(`${baseUrl}/`);
  await page.locator('.card__title a').first().click();
  await page.getByRole('link', { name: titleMatch }).first().click();
  await editorContent(page).waitFor();
}

export function editorContent(page: Page) {
  return page.locator('[data-testid="editor-content"]');
}

/** The paragraph right after the section heading with this text. */
export function sectionParagraph(page: Page, heading: string) {
  return page.locator(`.prose h2:text-is("${heading}") + p`);
}

export async function syncStatus(page: Page): Promise<string | null> {
  return page.locator('[data-testid="sync-indicator"]').getAttribute('data-status');
}

export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="sync-indicator"][data-status="saved"]').waitFor();
}

/** Records every value the sync indicator shows, from now on, into window.__syncHistory. */
export async function recordSyncHistory(page: Page): Promise<void> {
  await page.evaluate(() => {
    const target = document.querySelector('[data-testid="sync-indicator"]');
    const history: string[] = [target?.getAttribute('data-status') ?? ''];
    (window as unknown as { __syncHistory: string[] }).__syncHistory = history;
    if (!target) return;
    new MutationObserver(() => {
      const status = target.getAttribute('data-status') ?? '';
      if (history[history.length - 1] !== status) history.push(status);
    }).observe(target, { attributes: true, attributeFilter: ['data-status'] });
  });
}

export async function syncHistory(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __syncHistory: string[] }).__syncHistory);
}

export async function missingTranslationKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__samverkaMissingKeys ?? []);
}

declare global {
  interface Window {
    __samverkaMissingKeys?: string[];
  }
}
