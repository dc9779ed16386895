// A viewer reads but cannot type; a reload keeps everything the editors wrote.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  editorContent,
  openDocument,
  screenshot,
  sectionParagraph,
  waitForSaved,
} from '../support/app.js';
import { launchBrowser } from '../support/browser.js';
import { demo, needsAnalysisTitle } from '../support/demo.js';
import { startServer } from '../support/server.js';
import type { RunningServer } from '../support/server.js';
import { personSignedIn } from '../support/session.js';

describe('read-only access', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a viewer read live but not type, and a reload keeps everything', async () => {
    const anna = await personSignedIn(browser, server.baseUrl, demo.admin);
    const karin = await personSignedIn(browser, server.baseUrl, demo.viewer);
    await openDocument(anna.page, server.baseUrl, needsAnalysisTitle);
    await openDocument(karin.page, server.baseUrl, needsAnalysisTitle);

    await karin.page.locator('[data-testid="read-only-note"]').waitFor();
    expect(await editorContent(karin.page).getAttribute('contenteditable')).toBe('false');
    expect(await karin.page.getByRole('toolbar').count()).toBe(0);

    const annaText = 'Styrgruppen följer upp kvartalsvis.';
    await sectionParagraph(anna.page, 'Uppföljningsindikatorer').click();
    await anna.page.keyboard.type(annaText);
    await waitForSaved(anna.page);
    await karin.page.getByText(annaText).waitFor();

    const before = await editorContent(karin.page).innerText();
    await sectionParagraph(karin.page, 'Intressenter').click();
    await karin.page.keyboard.type('Läsaren försöker skriva');
    await karin.page.keyboard.press('Enter');
    expect(await editorContent(karin.page).innerText()).toBe(before);
    await screenshot(karin.page, 'editor-viewer-read-only');

    await karin.page.reload();
    await karin.page.getByText(annaText).waitFor();
    expect(await karin.page.getByText('Läsaren försöker skriva').count()).toBe(0);
    await anna.page.reload();
    await anna.page.getByText(annaText).waitFor();
    expect(await anna.page.getByText('Läsaren försöker skriva').count()).toBe(0);
    await anna.context.close();
    await karin.context.close();
  });
});
