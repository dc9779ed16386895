// A server restart and a short network drop are non-events: the editor stays, keeps text, syncs and
// shows who is there again by itself.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { documentText, screenshot, sectionParagraph, waitForSaved } from '../support/app.js';
import { demo, needsAnalysisTitle } from '../support/demo.js';
import type { Person } from '../support/session.js';
import { useAppUnderTest } from '../support/suite.js';

/** Counts the page's failed requests whose path matches, from now on. */
function failedRequests(page: Page, path: RegExp) {
  let count = 0;
  const waiters: { atLeast: number; resolve: () => void }[] = [];
  page.on('requestfailed', (request) => {
    if (!path.test(new URL(request.url()).pathname)) return;
    count++;
    for (const waiter of waiters.filter((w) => count >= w.atLeast)) waiter.resolve();
  });
  return {
    reached: (atLeast: number) =>
      count >= atLeast
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ atLeast, resolve })),
  };
}

function avatarOf(viewer: Person, other: Person) {
  const label = `${other.login.name}, ${other.login.organisation}`;
  return viewer.page.locator('[data-testid="presence-avatar"]', { hasText: label });
}

/** Well below the 15 s awareness renewal that used to be the only way back. */
const PROMPTLY = { timeout: 3_000 };
/** Presence is renewed every 4 s and dropped after 10 s without (y-protocols alone: 30 s). */
const NOT_RENEWED = 15_000;

describe('reconnecting', () => {
  const app = useAppUnderTest();

  it('shows both people to each other again as soon as a dropped connection returns', async () => {
    const anna = await app.onDocument(demo.admin, needsAnalysisTitle);
    const maria = await app.onDocument(demo.ideaBasedEditor, needsAnalysisTitle);
    await avatarOf(anna, maria).waitFor();
    await avatarOf(maria, anna).waitFor();
    // Typing moves the caret, which renews each one's presence just now.
    await sectionParagraph(anna.page, 'Omfattning').click();
    await anna.page.keyboard.type('A');
    await sectionParagraph(maria.page, 'Tidplan').click();
    await maria.page.keyboard.type('M');
    await waitForSaved(anna.page);
    await waitForSaved(maria.page);

    await anna.context.setOffline(true);
    await anna.page.locator('[data-testid="sync-indicator"][data-status="offline"]').waitFor();
    // Anna's goodbye cannot reach the server; Maria's tab notices her presence is no longer renewed.
    await avatarOf(maria, anna).waitFor({ state: 'detached', timeout: NOT_RENEWED });

    await anna.context.setOffline(false);
    await waitForSaved(anna.page);
    await avatarOf(anna, maria).waitFor(PROMPTLY);
    await avatarOf(maria, anna).waitFor(PROMPTLY);

    // Someone who leaves is gone from the other's list at once.
    await maria.context.close();
    await anna.page.locator('.presence--alone').waitFor(PROMPTLY);
    await anna.context.close();
  });

  it('keeps the editor and the text typed while the server restarts, then syncs by itself', async () => {
    const anna = await app.onDocument(demo.admin, needsAnalysisTitle);
    const maria = await app.onDocument(demo.ideaBasedEditor, needsAnalysisTitle);
    await waitForSaved(anna.page);
    await waitForSaved(maria.page);
    const meFailures = failedRequests(anna.page, /^\/api\/me$/);
    const documentFailures = failedRequests(anna.page, /^\/api\/documents\//);

    await sectionParagraph(anna.page, 'Nuläge').click();
    const beforeStop = 'Skrivet före omstarten.';
    await anna.page.keyboard.type(beforeStop);
    const stopping = app.server.terminate();
    await anna.page.keyboard.type(' Under omstarten');
    await stopping;
    await anna.page.locator('[data-testid="sync-indicator"][data-status="offline"]').waitFor();
    expect(await anna.page.locator('[data-testid="sync-indicator"]').innerText()).toBe(
      'Ingen anslutning',
    );

    // Refused reconnects make the page re-check who it is and what it may do over REST;
    // wait until those checks have failed for good (first try and both retries).
    await meFailures.reached(3);
    await documentFailures.reached(3);
    const whileDown = ' skriver jag vidare.';
    await anna.page.keyboard.type(whileDown);
    const annaText = `${beforeStop} Under omstarten${whileDown}`;
    expect(await documentText(anna.page)).toContain(annaText);
    expect(await anna.page.getByText('Ingen kontakt med servern').count()).toBe(0);
    await screenshot(anna.page, 'editor-server-down');

    await app.server.restart();
    await waitForSaved(anna.page);
    await maria.page.getByText(annaText).waitFor();
    expect(await documentText(maria.page)).toBe(await documentText(anna.page));
    expect(await maria.page.getByText('Ingen kontakt med servern').count()).toBe(0);
    await anna.context.close();
    await maria.context.close();
  });
});
