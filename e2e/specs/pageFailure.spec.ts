// A page that cannot render shows an error inside the app's frame instead of a blank tab: a page
// chunk that is gone (a tab opened before a deploy asks for a file the new build no longer has)
// says a new version is installed and offers a reload; a page that throws while rendering (here:
// an answer of a shape the page does not expect) offers a reload and the way home. Leaving the
// address clears the error.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { signIn } from '../support/app.js';
import { demo } from '../support/demo.js';
import { checkScreenAtBothWidths } from '../support/responsive.js';
import { useAppUnderTest } from '../support/suite.js';

/** The failure notice, and that the banner (the way elsewhere) is still on screen. */
async function expectFailureShown(page: Page, title: string) {
  const failed = page.locator('[data-testid="page-failed"]');
  await failed.waitFor();
  expect(await failed.getAttribute('role')).toBe('alert');
  expect(await failed.locator('h1').textContent()).toBe(title);
  await page.getByRole('button', { name: 'Ladda om sidan' }).waitFor();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
}

describe('a page that cannot render', () => {
  const app = useAppUnderTest();

  it('says a new version is installed when its chunk is gone, and a reload brings the page', async () => {
    const { context, page } = await app.visitor();
    // The profile page's chunk answers 404, as the server does for a hash of an older build.
    const profileChunk = /\/assets\/profile-[\w-]+\.js$/;
    const gone = (route: Route) => route.fulfill({ status: 404 });
    await context.route(profileChunk, gone);
    await signIn(page, app.baseUrl, demo.ideaBasedEditor.email, demo.ideaBasedEditor.password);
    await page.getByRole('link', { name: /Maria Berg/ }).click();

    await expectFailureShown(page, 'Samverka har uppdaterats');
    await checkScreenAtBothWidths(page, 'page-failed-outdated');

    // Another address renders as usual: the banner's link to the workspaces works.
    await page.getByRole('navigation').getByRole('link', { name: 'Arbetsytor' }).click();
    await page.locator('.card__title a').first().waitFor();
    expect(await page.locator('[data-testid="page-failed"]').count()).toBe(0);

    // Back on the profile with the file there again (the new build), a reload shows it.
    await page.goBack();
    await page.locator('[data-testid="page-failed"]').waitFor();
    await context.unroute(profileChunk, gone);
    await page.getByRole('button', { name: 'Ladda om sidan' }).click();
    await page.locator('h1', { hasText: 'Min profil' }).waitFor();
    await context.close();
  });

  it('offers a reload and the way home when a page throws while rendering', async () => {
    const { context, page } = await app.signedIn(demo.admin);
    const workspaceLink = page.locator('.card__title a').first();
    const href = await workspaceLink.getAttribute('href');
    // An answer without the workspace in it (the shape of another version of the API).
    await context.route(`**/api${href}`, (route) =>
      route.request().method() === 'GET'
        ? route.fulfill({ status: 200, contentType: 'application/json', body: '{}' })
        : route.fallback(),
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await workspaceLink.click();

    await expectFailureShown(page, 'Sidan kunde inte visas');
    await checkScreenAtBothWidths(page, 'page-failed-crashed');
    // Caught by the boundary: nothing escaped to the window.
    expect(errors).toEqual([]);

    await page.getByRole('link', { name: 'Till arbetsytorna' }).click();
    await page.locator('.card__title a').first().waitFor();
    expect(await page.locator('[data-testid="page-failed"]').count()).toBe(0);
    await context.close();
  });
});
