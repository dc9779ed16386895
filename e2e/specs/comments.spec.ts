// Comments on the draft IOP agreement (issue 11), two people in two browsers: the union's
// commenter (read-only Yjs connection) comments on a clause while the coordinator writes
// around it; the highlight follows her edits; she sees the thread live and replies; he gets
// the notification and lands on the thread; she resolves it. Commenting never changes the
// document's text, and the panel and notification centre pass axe at both widths.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  documentText,
  editorContent,
  screenshot,
  sectionParagraph,
  waitForSaved,
  waitForSectionText,
} from '../support/app.js';
import { seriousViolations } from '../support/axe.js';
import { demo, iopAgreementTitle } from '../support/demo.js';
import { checkScreenAtBothWidths } from '../support/responsive.js';
import { useAppUnderTest } from '../support/suite.js';

/** Selects the first occurrence of `needle` in the editor's text, as a mouse drag would. */
async function selectText(page: Page, needle: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const root = document.querySelector('[data-testid="editor-content"]');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index === -1) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, needle);
  expect(found, `"${needle}" in the editor`).toBe(true);
}

/** Puts the (focused) editor's caret at the start or end of the paragraph after `heading`. */
async function caretInSection(page: Page, heading: string, where: 'start' | 'end') {
  await sectionParagraph(page, heading).click();
  await page.evaluate(
    ({ wanted, atStart }) => {
      const h2 = [...document.querySelectorAll('.prose h2')].find(
        (candidate) => candidate.textContent?.trim() === wanted,
      );
      const paragraph = h2?.nextElementSibling;
      if (!paragraph) throw new Error(`no paragraph after ${wanted}`);
      // Text nodes of the paragraph itself, not of remote caret labels.
      const texts: Text[] = [];
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('.collaboration-carets__caret')) texts.push(node as Text);
      }
      const target = atStart ? texts[0] : texts[texts.length - 1];
      if (!target) throw new Error('an empty paragraph');
      const range = document.createRange();
      range.setStart(target, atStart ? 0 : target.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { wanted: heading, atStart: where === 'start' },
  );
}

/** The text of every drawn highlight (one per open anchored thread). */
async function highlightTexts(page: Page): Promise<string[]> {
  return page
    .locator('.prose .comment-highlight')
    .evaluateAll((marks) => marks.map((mark) => mark.textContent ?? ''));
}

function threadWith(page: Page, text: string) {
  return page.locator('[data-testid="thread"]').filter({ hasText: text });
}

describe('comments and notifications', () => {
  const app = useAppUnderTest();

  it('a commenter comments on a clause while it is edited; the editor answers live; the commenter is notified; the text never changes', async () => {
    const anna = await app.onDocument(demo.admin, iopAgreementTitle);
    const johan = await app.onDocument(demo.unionCommenter, iopAgreementTitle);
    await johan.page.locator('[data-testid="read-only-note"]').waitFor();
    expect(await editorContent(johan.page).getAttribute('contenteditable')).toBe('false');
    // The seed's threads are there: the union's anchored question is open.
    await threadWith(johan.page, 'arbetsmiljö').waitFor();

    const clause = 'Parterna ska gemensamt stärka deltagarnas väg till arbete.';
    await sectionParagraph(anna.page, 'Syfte och mål').click();
    await anna.page.keyboard.type(clause);
    await waitForSaved(anna.page);
    await waitForSectionText(johan.page, 'Syfte och mål', clause);

    // Johan selects words of the clause: "Kommentera" opens a new thread, focus in its text box.
    await selectText(johan.page, 'stärka deltagarnas väg');
    await johan.page.locator('[data-testid="comment-selection"]').click();
    const composer = johan.page.locator('[data-testid="new-thread"] textarea');
    await composer.waitFor();
    expect(await composer.evaluate((element) => element === document.activeElement)).toBe(true);

    // Meanwhile Anna writes before and after the commented words.
    await caretInSection(anna.page, 'Syfte och mål', 'end');
    await anna.page.keyboard.type(' Det följs upp varje år.');
    await caretInSection(anna.page, 'Syfte och mål', 'start');
    await anna.page.keyboard.type('Under avtalstiden: ');
    await waitForSaved(anna.page);
    const edited = `Under avtalstiden: ${clause} Det följs upp varje år.`;
    await waitForSectionText(johan.page, 'Syfte och mål', edited);

    await composer.fill('@Anna Lindqvist kan vi skriva ut vilka insatser som avses?');
    await johan.page.locator('[data-testid="new-thread"] button[type="submit"]').click();
    const johansThread = threadWith(johan.page, 'vilka insatser som avses');
    await johansThread.waitFor();
    await expect
      .poll(() => johansThread.evaluate((card) => card === document.activeElement))
      .toBe(true);
    expect(await johansThread.locator('.comment__mentions').innerText()).toContain(
      'Anna Lindqvist',
    );
    await expect.poll(() => highlightTexts(johan.page)).toContain('stärka deltagarnas väg');

    // Anna sees the thread live, its highlight on the same words, and writes inside the paragraph again.
    const annasThread = threadWith(anna.page, 'vilka insatser som avses');
    await annasThread.waitFor();
    await expect.poll(() => highlightTexts(anna.page)).toContain('stärka deltagarnas väg');
    await caretInSection(anna.page, 'Syfte och mål', 'start');
    await anna.page.keyboard.type('Nytt: ');
    await waitForSaved(anna.page);
    await expect.poll(() => highlightTexts(johan.page)).toContain('stärka deltagarnas väg');
    await expect.poll(() => highlightTexts(anna.page)).toContain('stärka deltagarnas väg');

    // Filters: "mentions me or my organisation" finds it for Anna; another organisation's does not.
    const show = anna.page.getByLabel('Visa', { exact: true });
    await show.selectOption('mine');
    await annasThread.waitFor();
    await show.selectOption({ label: 'Ängby Stadsmission' });
    await annasThread.waitFor({ state: 'detached' });
    await show.selectOption({ label: 'Kommunal, sektion Ängby' });
    await annasThread.waitFor();
    await show.selectOption('all');

    // Clicking the highlight opens its thread.
    await anna.page.locator('.prose .comment-highlight', { hasText: 'stärka' }).click();
    await expect
      .poll(() => annasThread.evaluate((card) => card === document.activeElement))
      .toBe(true);
    await annasThread
      .locator('[data-testid="reply-composer"] textarea')
      .fill('Ja, jag lägger till en lista över insatserna.');
    await annasThread.locator('[data-testid="reply-composer"] button[type="submit"]').click();
    await johansThread.getByText('Ja, jag lägger till en lista över insatserna.').waitFor();

    // Johan is told: the unread count (live), the notification, and its link lands on the thread.
    const unread = johan.page.locator('[data-testid="notifications-unread"]');
    await unread.waitFor();
    expect(Number(await unread.locator('[aria-hidden="true"]').innerText())).toBeGreaterThan(0);
    await johan.page.locator('[data-testid="notifications-button"]').click();
    const notification = johan.page
      .locator('[data-testid="notification"]')
      .filter({ hasText: 'Anna Lindqvist svarade' })
      .first();
    await notification.waitFor();
    await johan.page.setViewportSize({ width: 1366, height: 900 });
    expect(await seriousViolations(johan.page), 'axe with the notification centre open').toEqual(
      [],
    );
    await screenshot(johan.page, 'notifications-open-desktop');
    await johan.page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(johan.page), 'axe, notification centre, phone').toEqual([]);
    await screenshot(johan.page, 'notifications-open-mobile');
    await johan.page.setViewportSize({ width: 1280, height: 900 });
    await notification.locator('a').click();
    await johan.page.waitForURL(/\?thread=/);
    await expect
      .poll(() => johansThread.evaluate((card) => card === document.activeElement))
      .toBe(true);

    // Anna resolves: it leaves Johan's open threads live and shows under the resolved ones.
    await annasThread.getByRole('button', { name: 'Markera som löst' }).click();
    await johansThread.waitFor({ state: 'detached' });
    await johan.page.getByRole('button', { name: /^Lösta \(/ }).click();
    await johansThread.getByText(/Löst av Anna Lindqvist/).waitFor();
    await johan.page.getByRole('button', { name: /^Öppna \(/ }).click();

    await checkScreenAtBothWidths(johan.page, 'comments-panel');
    await checkScreenAtBothWidths(anna.page, 'comments-panel-editor');

    // Commenting never writes to the document: with the text still, Johan opens a thread by
    // keyboard shortcut and one on the whole document, and the text stays what it was.
    const before = await documentText(anna.page);
    await selectText(johan.page, 'följs upp');
    await johan.page.keyboard.press('Control+Alt+KeyM');
    await composer.waitFor();
    await composer.fill('Hur följs det upp?');
    await composer.press('Control+Enter');
    await threadWith(johan.page, 'Hur följs det upp?').waitFor();
    await johan.page.getByRole('button', { name: 'Kommentera hela dokumentet' }).click();
    await composer.fill('Överlag bra.');
    await composer.press('Control+Enter');
    await threadWith(johan.page, 'Överlag bra.').waitFor();
    await threadWith(anna.page, 'Överlag bra.').waitFor();
    // Without a caret to select with, the keyboard way to anchor: pick a section.
    await johan.page.getByLabel('Kommentera ett avsnitt').selectOption({ label: 'Ekonomi' });
    await johan.page.getByRole('button', { name: 'Kommentera avsnittet' }).click();
    expect(await composer.evaluate((element) => element === document.activeElement)).toBe(true);
    await composer.fill('Budgeten saknas.');
    await composer.press('Control+Enter');
    await threadWith(anna.page, 'Budgeten saknas.').waitFor();
    await expect.poll(() => highlightTexts(anna.page)).toContain('Ekonomi');
    // The outline counts open threads per section, live.
    const economy = anna.page.locator('.outline__row', { hasText: 'Ekonomi' });
    await economy.locator('[data-testid="outline-comment-count"]').waitFor();
    expect(await economy.locator('[data-testid="outline-comment-count"]').innerText()).toContain(
      '1',
    );
    expect(await documentText(anna.page)).toBe(before);
    expect(await documentText(johan.page)).toBe(before);
    await anna.page.reload();
    await waitForSectionText(anna.page, 'Syfte och mål', `Nytt: ${edited}`);
    expect(await documentText(anna.page)).toBe(before);

    await anna.context.close();
    await johan.context.close();
  });
});
