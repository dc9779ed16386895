// Forms and admin screens that must not surprise: sign-in checks what is missing before sending,
// a role changes only on purpose (keyboard focus kept), the member table fits a phone, and a
// template's guiding questions read one per line.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { editorContent, screenshot } from '../support/app.js';
import { seriousViolations } from '../support/axe.js';
import { demo, demoWorkspaceName } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function isFocused(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => element === document.activeElement);
}

describe('forms and admin screens', () => {
  const app = useAppUnderTest();

  it('does not send an empty sign-in form; it says what is missing, next to the fields', async () => {
    const { context, page } = await app.visitor();
    let loginRequests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/auth/login') loginRequests++;
    });
    await page.goto(`${app.baseUrl}/login`);
    await page.getByRole('button', { name: 'Logga in' }).click();
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'Fyll i e-postadress och lösenord.' }).waitFor();
    expect(loginRequests).toBe(0);
    const email = page.locator('input[name="email"]');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('input[name="password"]').getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(page, 'input[name="email"]')).toBe(true);
    // The message is read out with the field it concerns.
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(await alert.getAttribute('id')).not.toBeNull();
    expect(describedBy.split(' ')).toContain(await alert.getAttribute('id'));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'login-empty');
    await page.setViewportSize(PHONE);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'login-empty-390');
    await page.setViewportSize(DESKTOP);

    await email.fill(demo.admin.email);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await alert.filter({ hasText: 'Fyll i lösenord.' }).waitFor();
    expect(loginRequests).toBe(0);
    expect(await isFocused(page, 'input[name="password"]')).toBe(true);
    await context.close();
  });

  it('changes a member’s role only on saving, keeps keyboard focus, and fits a phone', async () => {
    const anna = await app.signedIn(demo.admin);
    const { page } = anna;
    await page.setViewportSize(DESKTOP);
    await page.getByRole('link', { name: demoWorkspaceName }).first().click();
    await page.locator('#members-heading').waitFor();
    const memberPatches: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH' && request.url().includes('/members/'))
        memberPatches.push(request.url());
    });

    const selectName = `Roll för ${demo.ideaBasedEditor.name}`;
    const select = page.getByLabel(selectName);
    const selectSelector = `select[aria-label="${selectName}"]`;
    const before = await select.inputValue();
    await select.focus();
    await page.keyboard.press('ArrowDown');
    const save = page.getByRole('button', { name: `Spara roll ${demo.ideaBasedEditor.name}` });
    await save.waitFor();
    const drafted = await select.inputValue();
    expect(drafted).not.toBe(before);
    expect(memberPatches).toEqual([]);
    expect(await isFocused(page, selectSelector)).toBe(true);

    // Escape drops the draft.
    await page.keyboard.press('Escape');
    await save.waitFor({ state: 'detached' });
    expect(await select.inputValue()).toBe(before);
    expect(memberPatches).toEqual([]);

    // Saving applies it, announces it, and gives focus back to the select.
    await page.keyboard.press('ArrowDown');
    await save.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'members-role-draft');
    await page.keyboard.press('Tab');
    expect(await save.evaluate((element) => element === document.activeElement)).toBe(true);
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'PATCH' && response.url().includes('/members/'),
    );
    await page.keyboard.press('Enter');
    expect((await saved).status()).toBe(200);
    await save.waitFor({ state: 'detached' });
    expect(memberPatches).toHaveLength(1);
    expect(await select.inputValue()).toBe(drafted);
    expect(await isFocused(page, selectSelector)).toBe(true);
    await page
      .locator('[data-testid="announcer"]', { hasText: demo.ideaBasedEditor.name })
      .waitFor();
    await page.locator('#members-heading').scrollIntoViewIfNeeded();
    await screenshot(page, 'members-1366');

    await page.setViewportSize(PHONE);
    await page.locator('#members-heading').scrollIntoViewIfNeeded();
    await screenshot(page, 'members-390');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await anna.context.close();
  });

  it('shows the IOP legal test’s guiding questions one per line', async () => {
    const anna = await app.signedIn(demo.admin);
    const { page } = anna;
    await page.setViewportSize(DESKTOP);
    await page.getByRole('link', { name: demoWorkspaceName }).first().click();
    await page.getByRole('button', { name: 'Nytt dokument' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill('Rättslig prövning hösten');
    await dialog.getByLabel(/Rättslig prövning av IOP/).check();
    await dialog.getByRole('button', { name: 'Skapa dokument' }).click();
    await page.locator('h1', { hasText: 'Rättslig prövning hösten' }).waitFor();
    const first = editorContent(page).locator('p.has-guiding-questions').first();
    await first.waitFor();
    // Three questions on three lines above the (empty) line being written in.
    const lines = await first.evaluate((paragraph) => {
      const style = getComputedStyle(paragraph);
      const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
      return Math.round(paragraph.getBoundingClientRect().height / lineHeight);
    });
    expect(lines).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'editor-iop-legal-test');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'editor-iop-legal-test-390');
    await anna.context.close();
  });
});
