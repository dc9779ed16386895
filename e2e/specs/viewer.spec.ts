// A viewer reads but cannot type; a reload keeps everything the editors wrote.
import { describe, expect, it } from 'vitest';

import {
  documentText,
  editorContent,
  screenshot,
  sectionParagraph,
  waitForSaved,
} from '../support/app.js';
import { demo, demoWorkspaceName, needsAnalysisTitle } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

describe('read-only access', () => {
  const app = useAppUnderTest();

  it('lets a viewer read live but not type, and a reload keeps everything', async () => {
    const anna = await app.onDocument(demo.admin, needsAnalysisTitle);
    const lena = await app.onDocument(demo.viewer, needsAnalysisTitle);

    await lena.page.locator('[data-testid="read-only-note"]').waitFor();
    expect(await editorContent(lena.page).getAttribute('contenteditable')).toBe('false');
    // No guiding questions for someone who cannot answer them; empty sections say so instead.
    expect(await lena.page.locator('.has-guiding-questions').count()).toBe(0);
    const unwritten = sectionParagraph(lena.page, 'Tidplan');
    expect(await unwritten.getAttribute('data-unwritten-hint')).toBe('Inget skrivet här ännu.');
    expect(await lena.page.getByRole('toolbar').count()).toBe(0);

    const annaText = 'Styrgruppen följer upp kvartalsvis.';
    await sectionParagraph(anna.page, 'Uppföljningsindikatorer').click();
    await anna.page.keyboard.type(annaText);
    await waitForSaved(anna.page);
    await lena.page.getByText(annaText).waitFor();

    const before = await documentText(lena.page);
    await sectionParagraph(lena.page, 'Intressenter').click();
    await lena.page.keyboard.type('Läsaren försöker skriva');
    await lena.page.keyboard.press('Enter');
    expect(await documentText(lena.page)).toBe(before);
    await screenshot(lena.page, 'editor-viewer-read-only');

    await lena.page.reload();
    await lena.page.getByText(annaText).waitFor();
    expect(await lena.page.getByText('Läsaren försöker skriva').count()).toBe(0);
    await anna.page.reload();
    await anna.page.getByText(annaText).waitFor();
    expect(await anna.page.getByText('Läsaren försöker skriva').count()).toBe(0);
    await anna.context.close();
    await lena.context.close();
  });

  it('promoting a viewer to editor opens the document for writing without a reload', async () => {
    const anna = await app.signedIn(demo.admin);
    const lena = await app.onDocument(demo.viewer, needsAnalysisTitle);
    await lena.page.locator('[data-testid="read-only-note"]').waitFor();

    await anna.page.getByRole('link', { name: demoWorkspaceName }).first().click();
    await anna.page.getByLabel(`Roll för ${demo.viewer.name}`).selectOption('editor');
    await anna.page.getByRole('button', { name: `Spara roll ${demo.viewer.name}` }).click();

    // The hub closes Lena's socket (permission changed); the client re-reads her abilities.
    await lena.page.locator('[data-testid="read-only-note"]').waitFor({ state: 'detached' });
    await lena.page.getByRole('toolbar').waitFor();
    await sectionParagraph(lena.page, 'Intressenter').click();
    await lena.page.keyboard.type('Nu får Lena skriva.');
    await waitForSaved(lena.page);
    await screenshot(lena.page, 'editor-promoted-viewer');
    await anna.context.close();
    await lena.context.close();
  });
});
