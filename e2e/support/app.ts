// Helpers that drive the app like a person: sign in, open things, read what the screen says.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page, WebSocket } from 'playwright-core';

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
  // A document link, not any link with the words (a meeting about the agreement
  // is listed on the home too, and the sections render one after another).
  await page.locator('a[href^="/documents/"]').filter({ hasText: titleMatch }).first().click();
  await editorContent(page).waitFor();
}

export function editorContent(page: Page) {
  return page.locator('[data-testid="editor-content"]');
}

/** The paragraph right after the section heading with this text. */
export function sectionParagraph(page: Page, heading: string) {
  return page.locator(`.prose h2:text-is("${heading}") + p`);
}

/** The document's text without remote caret labels, to compare two people's views. */
export async function documentText(page: Page): Promise<string> {
  return editorContent(page).evaluate((root) => {
    const clone = root.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return clone.innerText;
  });
}

/**
 * Waits until the paragraph after a section heading reads `text` (remote carets left out). On a
 * timeout the error says whose page, which document, what the paragraph read instead and what
 * the sync indicator showed: a failure seen once in CI must say which page lagged and how.
 */
export async function waitForSectionText(page: Page, heading: string, text: string) {
  // One reader for both: with `expected` it answers whether the paragraph matches (Playwright
  // polls it on every frame), without it it returns what the paragraph reads, for the error.
  const readParagraph = ({ wanted, expected }: { wanted: string; expected: string | null }) => {
    const headings = [...document.querySelectorAll('.prose h2')];
    const paragraph = headings.find((h) => h.textContent?.trim() === wanted)?.nextElementSibling;
    let read: string | null = null;
    if (paragraph) {
      const clone = paragraph.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      read = clone.textContent;
    }
    return expected === null ? read : read === expected;
  };
  try {
    await page.waitForFunction(
      readParagraph,
      { wanted: heading, expected: text },
      {
        timeout: 30_000,
      },
    );
  } catch (error) {
    const actual = await page.evaluate(readParagraph, { wanted: heading, expected: null });
    const status = await syncStatus(page).catch(() => '(unreadable)');
    const who = await page
      .locator('.user-menu__name')
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => '(unknown)');
    throw new Error(
      `section "${heading}" on ${who}'s page ${page.url()} reads ${JSON.stringify(actual)}, not ${JSON.stringify(text)} after 30 s (sync indicator: ${status})`,
      { cause: error },
    );
  }
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
    const push = (status: string) => {
      if (history[history.length - 1] !== status) history.push(status);
    };
    // Several changes can land before the observer runs: each record's oldValue
    // is the value the previous change set, so no intermediate state is lost.
    new MutationObserver((records) => {
      records.forEach((record, index) => {
        const next = records[index + 1];
        push(next ? (next.oldValue ?? '') : (target.getAttribute('data-status') ?? ''));
      });
    }).observe(target, {
      attributes: true,
      attributeFilter: ['data-status'],
      attributeOldValue: true,
    });
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

/**
 * The page's socket.io connections from now on, and a promise that resolves when the server
 * acknowledges a workspace:join on one of them (socket.io ack frame). Watch before the page
 * signs in: the tab's one connection opens with the first live view (the notifications in the
 * banner), and a room is joined on it later.
 */
export function watchLiveSocket(page: Page): { sockets: WebSocket[]; joined: Promise<void> } {
  const sockets: WebSocket[] = [];
  const joined = new Promise<void>((resolve) => {
    page.on('websocket', (socket) => {
      if (!socket.url().includes('/socket.io/')) return;
      sockets.push(socket);
      socket.on('framereceived', ({ payload }) => {
        if (typeof payload === 'string' && payload.includes('"ok":true')) resolve();
      });
    });
  });
  return { sockets, joined };
}
