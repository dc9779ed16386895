// A tab running an editor built for an older schema (as after a deploy) is closed at the Yjs
// door and asked to reload instead of editing; after the reload it edits as usual.
import { describe, expect, it } from 'vitest';

import { editorContent, missingTranslationKeys, screenshot, signIn } from '../support/app.js';
import { seriousViolations } from '../support/axe.js';
import { demo, needsAnalysisTitle } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

describe('outdated editor', () => {
  const app = useAppUnderTest();

  it('asks a tab with an older editor schema to reload, and the reload lets it edit', async () => {
    const { context, page } = await app.visitor();
    // This tab plays one loaded before the deploy: its editor announces schema version 0.
    await context.addInitScript(() => {
      if (sessionStorage.getItem('reloaded') === 'yes') return;
      const Native = window.WebSocket;
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(String(url).replace(/([?&]schema=)\d+/, '$10'), protocols);
        }
      };
    });
    await signIn(page, app.baseUrl, demo.admin.email, demo.admin.password);
    await page.goto(`${app.baseUrl}/`);
    await page.locator('.card__title a').first().click();
    await page.getByRole('link', { name: needsAnalysisTitle }).first().click();

    const notice = page.locator('[data-testid="outdated-client"]');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toContain('En ny version finns — ladda om sidan');
    expect(await editorContent(page).count()).toBe(0);
    // Not "keep writing offline": this page cannot write at all.
    expect(await page.locator('[data-testid="offline-notice"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await missingTranslationKeys(page)).toEqual([]);
    await screenshot(page, 'editor-outdated-client');

    await page.evaluate(() => sessionStorage.setItem('reloaded', 'yes'));
    await page.getByRole('button', { name: 'Ladda om sidan' }).click();
    await editorContent(page).waitFor();
    expect(await notice.count()).toBe(0);
    expect(await editorContent(page).getAttribute('contenteditable')).toBe('true');
    await context.close();
  });
});
