// Checks a screen at desktop (1366 px) and phone (390 px) width: axe, translations, no
// sideways scrolling on the phone, and a screenshot of each for human review.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

import { missingTranslationKeys, screenshot } from './app.js';
import { seriousViolations } from './axe.js';
import { VIEWPORT } from './session.js';

/** Raw i18n keys (e.g. "profile.tokens.title") that leaked into visible text. */
const RAW_KEY =
  /\b(layout|language|common|errors|auth|workspaces|documents|members|editor|admin|docAdmin|profile|invite|confirm|comments|notifications|decisions|versions|meetings|method)\.[a-zA-Z]+/;

/** How far the page is wider than the viewport (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

export async function checkScreenAtBothWidths(page: Page, name: string): Promise<void> {
  for (const [width, suffix] of [
    [1366, 'desktop'],
    [390, 'mobile'],
  ] as const) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    expect(await seriousViolations(page), `axe on ${name} at ${width}px`).toEqual([]);
    expect(await missingTranslationKeys(page), `missing keys on ${name}`).toEqual([]);
    expect(RAW_KEY.exec(await page.locator('body').innerText())?.[0] ?? null).toBeNull();
    await screenshot(page, `${name}-${suffix}`);
    expect(await horizontalOverflow(page), `${name} scrolls sideways at ${width}px`).toBe(0);
  }
  await page.setViewportSize(VIEWPORT);
}
