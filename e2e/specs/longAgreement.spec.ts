// The editor for long agreements: the outline of the 13-clause IOP agreement (jump by keyboard,
// current section, live update, clause numbers), table editing by keyboard in a project plan
// made from its template, find in document, word count; axe and screenshots at 1366 and 390 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { editorContent, screenshot, sectionParagraph, waitForSaved } from '../support/app.js';
import { seriousViolations } from '../support/axe.js';
import { demo, demoWorkspaceName } from '../support/demo.js';
import { checkScreenAtBothWidths } from '../support/responsive.js';
import { useAppUnderTest } from '../support/suite.js';

const iopTitle = /IOP-avtal/;

function outline(page: Page) {
  return page.getByRole('navigation', { name: 'Innehåll' });
}

/** Whether the element's top edge is inside the viewport. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

describe('the editor for long agreements', () => {
  const app = useAppUnderTest();

  it('finds its way in the 13-clause IOP agreement by the outline', async () => {
    const anna = await app.onDocument(demo.admin, iopTitle);
    const { page } = anna;
    const links = outline(page).getByRole('listitem');
    await links.first().waitFor();
    expect(await links.count()).toBe(13);
    // The agreement numbers its clauses by default, in the outline and the text.
    await outline(page).getByRole('button', { name: '13 Underskrifter' }).waitFor();
    const signatures = page.locator('.prose h2:text-is("Underskrifter")');
    expect(await signatures.getAttribute('data-clause')).toBe('13');
    expect(await signatures.evaluate((h2) => getComputedStyle(h2, '::before').content)).toMatch(
      /^"13\s+"$/,
    );

    // Keyboard: focus the outline entry, Enter jumps to the clause and puts the caret in it.
    expect(await inView(page, '.prose h2:text-is("Underskrifter")')).toBe(false);
    await outline(page).getByRole('button', { name: '13 Underskrifter' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const headings = [...document.querySelectorAll('.prose h2')];
      const target = headings.find((h) => h.textContent === 'Underskrifter');
      const box = target?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
    });
    expect(
      await editorContent(page).evaluate((root) => root.contains(document.activeElement)),
    ).toBe(true);
    await outline(page)
      .getByRole('button', { name: '13 Underskrifter' })
      .and(page.locator('[aria-current="location"]'))
      .waitFor();

    // Typing in the text moves the highlight and a new heading appears in the outline live.
    await sectionParagraph(page, 'Ändringar').click();
    await outline(page).locator('[aria-current="location"]', { hasText: 'Ändringar' }).waitFor();
    await page.keyboard.type('Ändringar görs skriftligt.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('### Tillägg');
    await outline(page).getByRole('button', { name: '11.1 Tillägg' }).waitFor();

    // Guiding questions stay reachable after the section has text.
    const hint = outline(page).getByRole('button', { name: 'Vägledande frågor för Ändringar' });
    await hint.click();
    expect(await hint.getAttribute('aria-expanded')).toBe('true');
    const questionsId = (await hint.getAttribute('aria-controls')) ?? '';
    expect(await page.locator(`[id="${questionsId}"]`).isVisible()).toBe(true);

    // Numbering can be turned off (remembered in this browser).
    await outline(page).getByLabel('Numrera rubriker (1, 1.1)').uncheck();
    await outline(page).getByRole('button', { name: 'Underskrifter', exact: true }).waitFor();
    await outline(page).getByLabel('Numrera rubriker (1, 1.1)').check();
    await waitForSaved(page);

    await checkScreenAtBothWidths(page, 'editor-outline');

    // Phone: the outline is a disclosure above the text; choosing a clause closes it.
    await page.setViewportSize({ width: 390, height: 844 });
    const disclosure = outline(page).getByRole('button', { name: /^Innehåll \(\d+ rubriker\)$/ });
    expect(await disclosure.getAttribute('aria-expanded')).toBe('false');
    await disclosure.click();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'editor-outline-mobile-open');
    await outline(page).getByRole('button', { name: '8 Uppföljning och utvärdering' }).click();
    expect(await disclosure.getAttribute('aria-expanded')).toBe('false');

    // In English: the outline and its controls follow the UI language; the guiding
    // questions follow the document's language (Swedish), like its headings, never mixed.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('button', { name: 'English' }).click();
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await contents.getByLabel('Number headings (1, 1.1)').waitFor();
    await contents.getByRole('button', { name: 'Guiding questions for Ekonomi' }).click();
    await contents.getByText('Hur finansieras verksamheten och hur redovisas medlen?').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'editor-outline-en');
    await anna.context.close();
  });

  it('edits the project plan procurement table by keyboard', async () => {
    const anna = await app.signedIn(demo.admin);
    const { page } = anna;
    await page.getByRole('link', { name: demoWorkspaceName }).first().click();
    await page.getByRole('button', { name: 'Nytt dokument' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill('Projektplan städ');
    await dialog.getByLabel(/^Projektplan/).check();
    await dialog.getByRole('button', { name: 'Skapa dokument' }).click();
    await page.locator('h1', { hasText: 'Projektplan städ' }).waitFor();

    const table = editorContent(page).locator('table');
    await table.waitFor();
    expect(await table.locator('th').allInnerTexts()).toEqual([
      'Kategori',
      'Period',
      'Personal',
      'Kravvariant',
      'Ansvarig',
    ]);
    expect(await page.getByRole('toolbar', { name: 'Tabell' }).count()).toBe(0);

    // Write in the first body row, Tab between cells.
    await table.locator('tr').nth(1).locator('td').first().click();
    await page.getByRole('toolbar', { name: 'Tabell' }).waitFor();
    await page.keyboard.type('Städ');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2027–2029');

    // Alt+F10 reaches the table toolbar; arrows move; Enter runs; focus returns to the cell.
    async function runTableAction(label: string) {
      await page.keyboard.press('Alt+F10');
      for (let step = 0; step < 10 && (await focusedText(page)) !== label; step++) {
        await page.keyboard.press('ArrowRight');
      }
      expect(await focusedText(page)).toBe(label);
      await page.keyboard.press('Enter');
      expect(
        await editorContent(page).evaluate((root) => root.contains(document.activeElement)),
      ).toBe(true);
    }
    await runTableAction('Lägg till rad nedanför');
    expect(await table.locator('tr').count()).toBe(3);
    // Into the new row, then remove it again.
    await page.keyboard.press('ArrowDown');
    await runTableAction('Ta bort rad');
    expect(await table.locator('tr').count()).toBe(2);
    await runTableAction('Lägg till kolumn till höger');
    expect(await table.locator('tr').first().locator('th').count()).toBe(6);
    // Tab into the new column, then remove it again.
    await page.keyboard.press('Tab');
    await runTableAction('Ta bort kolumn');
    expect(await table.locator('tr').first().locator('th').count()).toBe(5);
    const headerToggle = page.getByRole('button', { name: 'Rubrikrad' });
    expect(await headerToggle.getAttribute('aria-pressed')).toBe('true');
    await runTableAction('Rubrikrad');
    expect(await table.locator('th').count()).toBe(0);
    expect(await headerToggle.getAttribute('aria-pressed')).toBe('false');
    await runTableAction('Rubrikrad');
    expect(await table.locator('th').count()).toBe(5);

    // Escape in the toolbar returns to the text without doing anything.
    await page.keyboard.press('Alt+F10');
    await page.keyboard.press('Escape');
    expect(
      await editorContent(page).evaluate((root) => root.contains(document.activeElement)),
    ).toBe(true);
    const cells = await table.locator('td').allInnerTexts();
    expect(cells.map((text) => text.trim())).toEqual(['Städ', '2027–2029', '', '', '']);
    expect(await table.locator('th').allInnerTexts()).toEqual([
      'Kategori',
      'Period',
      'Personal',
      'Kravvariant',
      'Ansvarig',
    ]);
    await waitForSaved(page);
    await checkScreenAtBothWidths(page, 'editor-table');
    await anna.context.close();
  });

  it('finds text with Ctrl+F, steps through matches, closes with Escape; counts words', async () => {
    const maria = await app.onDocument(demo.ideaBasedEditor, iopTitle);
    const { page } = maria;
    const words = page.getByTestId('word-count');
    // Count from the synced document, not from one still arriving from the server.
    await waitForSaved(page);
    const before = Number((await words.innerText()).split(' ')[0]);
    await sectionParagraph(page, 'Parter').click();
    await page.keyboard.type('Vägvisaren är parten. Vägvisaren samverkar.');
    await page.waitForFunction(
      (count) =>
        document.querySelector('[data-testid="word-count"]')?.textContent === `${count} ord`,
      before + 5,
    );

    await page.keyboard.press('Control+f');
    const find = page.getByRole('search', { name: 'Sök i dokumentet' });
    const input = find.getByRole('searchbox', { name: 'Sök efter' });
    await input.waitFor();
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('vägvisaren');
    await find.getByText(/^1 av 2$/).waitFor();
    expect(await editorContent(page).locator('.find-match').count()).toBe(2);
    await page.keyboard.press('Enter');
    await find.getByText('2 av 2').waitFor();
    await page.keyboard.press('Shift+Enter');
    await find.getByText('1 av 2').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await find.waitFor({ state: 'detached' });
    expect(await editorContent(page).locator('.find-match').count()).toBe(0);
    const selected = await page.evaluate(() => window.getSelection()?.toString());
    expect(selected).toBe('Vägvisaren');
    await maria.context.close();
  });

  it('shows a remote caret label briefly after it moves, then only on hover', async () => {
    const anna = await app.onDocument(demo.admin, iopTitle);
    const maria = await app.onDocument(demo.ideaBasedEditor, iopTitle);
    await sectionParagraph(maria.page, 'Ekonomi').click();
    await maria.page.keyboard.type('Budget');

    const label = anna.page.locator('.collaboration-carets__label', { hasText: 'Maria Berg' });
    // Maria's tab from the previous test may linger in Anna's view until its removal
    // (or the 10 s liveness timeout) reaches her: wait for the one live caret.
    await expect.poll(() => label.count(), { timeout: 20_000 }).toBe(1);
    const opacity = () => label.evaluate((element) => getComputedStyle(element).opacity);
    // Just moved: shown, then hidden by the timer (no sleeping here: wait for each state).
    await anna.page.locator('.collaboration-carets__caret--recent').waitFor();
    await anna.page.locator('.collaboration-carets__caret--recent').waitFor({ state: 'detached' });
    await anna.page.waitForFunction(
      () =>
        getComputedStyle(document.querySelector('.collaboration-carets__label')!).opacity === '0',
    );
    expect(await opacity()).toBe('0');
    // Moving again shows it again.
    await maria.page.keyboard.press('ArrowLeft');
    await anna.page.locator('.collaboration-carets__caret--recent').waitFor();
    await anna.context.close();
    await maria.context.close();
  });
});
