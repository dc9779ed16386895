// Keyboard only: sign in, reach a workspace and a document, and format text, with focus always visible.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { screenshot } from '../support/app.js';
import { demo, demoWorkspaceName, needsAnalysisTitle } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const handle = await page.evaluateHandle(() => document.activeElement);
    const element = handle.asElement();
    if (element && (await element.evaluate(matches))) return;
  }
  throw new Error('focus never reached the expected element');
}

/** The focused element shows a focus indicator (outline or box-shadow). */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return (
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none'
    );
  });
}

describe('keyboard-only use', () => {
  const app = useAppUnderTest();

  it('works end to end without a mouse', async () => {
    const { context, page } = await app.visitor();
    await page.goto(`${app.baseUrl}/login`);
    // The app renders after the script loads; Tab before that would land on an empty page.
    await page.locator('h1', { hasText: 'Logga in' }).waitFor();

    // The skip link comes first and is visible when focused.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await focusIsVisible(page)).toBe(true);

    await tabTo(page, (el) => el.getAttribute('name') === 'email');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type(demo.admin.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(demo.admin.password);
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: 'Arbetsytor' }).waitFor();

    const workspacePattern = demoWorkspaceName.source;
    await tabTo(page, (el) => el.tagName === 'A' && el.closest('.card') !== null);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(
      new RegExp(workspacePattern),
    );
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('#documents-heading').waitFor();

    const titlePattern = needsAnalysisTitle.source;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() =>
        document.activeElement?.tagName === 'A' ? (document.activeElement.textContent ?? '') : '',
      );
      if (new RegExp(titlePattern).test(text)) break;
    }
    await page.keyboard.press('Enter');
    const editor = page.locator('[data-testid="editor-content"]');
    await editor.waitFor();
    await page.locator('[data-testid="sync-indicator"][data-status="saved"]').waitFor();

    // Reach the toolbar, then the text, by keyboard.
    await tabTo(page, (el) => el.getAttribute('aria-label') === 'Fetstil');
    expect(await focusIsVisible(page)).toBe(true);
    await tabTo(page, (el) => el.getAttribute('data-testid') === 'editor-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Tangentbordstext');
    await editor.locator('strong', { hasText: 'Tangentbordstext' }).waitFor();
    await screenshot(page, 'keyboard-editor');
    await context.close();
  });
});
