// A document's language: chosen when it is created (the creator's UI language by default),
// its template headings and guiding questions follow it, never mixed with the UI language;
// an editor changes it in the document's settings and everyone's open editor follows at once.
// And who made the last change, shown live in the editor and the list.
import { describe, expect, it } from 'vitest';

import { editorContent, sectionParagraph, waitForSaved } from '../support/app.js';
import { demo } from '../support/demo.js';
import { checkScreenAtBothWidths } from '../support/responsive.js';
import { useAppUnderTest } from '../support/suite.js';

describe('document language and last change', () => {
  const app = useAppUnderTest();

  it('writes an English agreement from a Swedish UI, switches it live, names the last editor', async () => {
    const anna = await app.signedIn(demo.admin);
    const { page } = anna;
    await page.locator('.card__title a').first().click();
    await page.getByRole('button', { name: 'Nytt dokument' }).click();
    const dialog = page.getByRole('dialog');
    // The creator's UI language is the default.
    expect(await dialog.getByLabel('Dokumentets språk').inputValue()).toBe('sv');
    await dialog.getByLabel('Titel').fill('Partnership agreement');
    await dialog.getByLabel(/^IOP-avtal/).check();
    await dialog.getByLabel('Dokumentets språk').selectOption('en');
    await checkScreenAtBothWidths(page, 'document-new-language');
    await dialog.getByRole('button', { name: 'Skapa dokument' }).click();
    await page.locator('h1', { hasText: 'Partnership agreement' }).waitFor();
    await editorContent(page).locator('h2:text-is("Parties")').waitFor();
    // Guiding questions follow the document, not the (Swedish) UI.
    expect(await sectionParagraph(page, 'Parties').getAttribute('data-guiding-questions')).toBe(
      'Which organisations enter the partnership (name and organisation number)?',
    );
    expect(await editorContent(page).locator('h2:text-is("Parter")').count()).toBe(0);
    await page
      .getByTestId('last-change')
      .getByText(/av Anna Lindqvist \(Ängby kommun\)/)
      .waitFor();
    const documentUrl = page.url();

    // Maria writes: Anna's editor names her as the last editor without a reload.
    const maria = await app.signedIn(demo.ideaBasedEditor);
    await maria.page.goto(documentUrl);
    await sectionParagraph(maria.page, 'Background').click();
    await maria.page.keyboard.type('Started by the social services committee.');
    await waitForSaved(maria.page);
    await page
      .getByTestId('last-change')
      .getByText(/av Maria Berg \(Ängby Stadsmission\)/)
      .waitFor();
    await checkScreenAtBothWidths(page, 'editor-last-change');

    // Anna switches the document to Swedish in its settings: Maria's editor follows at once.
    await page.goto(`${app.baseUrl}/`);
    await page.locator('.card__title a').first().click();
    await page.getByRole('button', { name: 'Byt namn Partnership agreement' }).click();
    const settings = page.getByRole('dialog');
    await settings.getByLabel('Dokumentets språk').selectOption('sv');
    await settings.getByRole('button', { name: 'Spara' }).click();
    await settings.waitFor({ state: 'detached' });
    await page
      .getByRole('row', { name: /Partnership agreement/ })
      .getByText(/av Anna Lindqvist/)
      .waitFor();
    await editorContent(maria.page).locator('h2:text-is("Parter")').waitFor();
    await editorContent(maria.page).locator('h2:text-is("Bakgrund")').waitFor();
    expect(await editorContent(maria.page).locator('h2:text-is("Parties")').count()).toBe(0);
    await maria.page.locator('.document__meta', { hasText: 'Svenska' }).waitFor();
    // Her text stays; the empty sections' questions are Swedish now.
    await editorContent(maria.page)
      .getByText('Started by the social services committee.')
      .waitFor();
    expect(
      await sectionParagraph(maria.page, 'Parter').getAttribute('data-guiding-questions'),
    ).toBe('Vilka organisationer ingår partnerskapet (namn och organisationsnummer)?');
    await checkScreenAtBothWidths(maria.page, 'editor-language-switched');
    await maria.context.close();
    await anna.context.close();
  });
});
