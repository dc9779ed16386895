// An admin invites a new person; they set a password and land in the workspace.
import { describe, expect, it } from 'vitest';

import { screenshot } from '../support/app.js';
import { seriousViolations } from '../support/axe.js';
import { demo, demoWorkspaceName } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

describe('invitation flow', () => {
  const app = useAppUnderTest();

  it('admin invites, invitee sets a password and sees the workspace', async () => {
    const anna = await app.signedIn(demo.admin);
    await anna.page.getByRole('link', { name: demoWorkspaceName }).first().click();
    // Read the heading once the workspace page shows it, not the list's heading before it.
    const heading = anna.page.locator('h1', { hasText: demoWorkspaceName });
    const workspaceName = (await heading.innerText()).trim();
    await anna.page.getByRole('button', { name: 'Bjud in' }).click();
    const dialog = anna.page.getByRole('dialog');
    await dialog.getByLabel('E-postadress').fill('ny.person@facket.example');
    await dialog.getByLabel('Roll').selectOption('editor');
    expect(await seriousViolations(anna.page)).toEqual([]);
    await screenshot(anna.page, 'invite-dialog');
    await dialog.getByRole('button', { name: 'Skapa inbjudan' }).click();
    const link = await dialog.locator('[data-testid="invitation-link"]').inputValue();
    expect(link).toContain('/invite#token=');
    await anna.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: app.baseUrl,
    });
    await dialog.getByRole('button', { name: 'Kopiera länken' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Länken är kopierad.' }).waitFor();
    expect(await anna.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await screenshot(anna.page, 'invite-dialog-link');

    const { context: invitee, page } = await app.visitor();
    const failedPreviews: number[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname === '/api/invitations/preview' && !response.ok()) {
        failedPreviews.push(response.status());
      }
    });
    await page.goto(link.replace(/^https?:\/\/[^/]+/, app.baseUrl));
    await page.getByText(workspaceName).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'invite-accept');
    await page.getByLabel('Ditt namn').fill('Nora Nyberg');
    await page.getByLabel('Välj lösenord').fill('ett-langt-losenord');
    await page.getByLabel('Upprepa lösenordet').fill('ett-langt-losenord');
    await page.getByRole('button', { name: 'Spara lösenord och gå med' }).click();
    await page.locator('h1', { hasText: workspaceName }).waitFor();
    await page.getByText('Nora Nyberg').first().waitFor();
    // The spent token's preview is not fetched again (it used to log a 404).
    expect(failedPreviews).toEqual([]);
    await screenshot(page, 'invite-joined-workspace');
    await invitee.close();
    await anna.context.close();
  });

  it('a revoked invitation leaves the pending list and its link stops working', async () => {
    const anna = await app.signedIn(demo.admin);
    await anna.page.getByRole('link', { name: demoWorkspaceName }).first().click();
    await anna.page.getByRole('button', { name: 'Bjud in' }).click();
    const dialog = anna.page.getByRole('dialog');
    await dialog.getByLabel('E-postadress').fill('angrad@facket.example');
    await dialog.getByRole('button', { name: 'Skapa inbjudan' }).click();
    const link = await dialog.locator('[data-testid="invitation-link"]').inputValue();
    await dialog.getByRole('button', { name: 'Klar' }).click();

    const pending = anna.page.locator('.pending-invitations__item', {
      hasText: 'angrad@facket.example',
    });
    await pending.getByText(/gäller till/).waitFor();
    await screenshot(anna.page, 'members-pending-invitation');
    anna.page.once('dialog', (confirm) => void confirm.accept());
    await pending.getByRole('button', { name: 'Återkalla angrad@facket.example' }).click();
    await pending.waitFor({ state: 'detached' });

    const { context, page } = await app.visitor();
    await page.goto(link.replace(/^https?:\/\/[^/]+/, app.baseUrl));
    await page.getByText('Inbjudan är ogiltig').waitFor();
    await context.close();
    await anna.context.close();
  });
});
