// Accounts by mail in Chromium, with a real SMTP server in the test process:
// an invitation arrives by mail and is accepted from the mailed link, the new
// person proves their address from the next mail, and someone who forgot
// their password sets a new one from a reset link. Every page is checked
// with axe; the admin sees the unverified mark until the address is proven.

import { describe, expect, it } from 'vitest';

import { linkIn } from '../../server/src/test-support/smtpInbox.js';
import { screenshot, signIn } from '../support/app.js';
import { seriousViolations } from '../support/axe.js';
import { demo, demoWorkspaceName } from '../support/demo.js';
import { useAppWithMail } from '../support/mailApp.js';

describe('accounts by mail', () => {
  const { app, inbox } = useAppWithMail();

  it('invites by mail; the invitee joins from the mail and proves the address', async () => {
    const anna = await app.signedIn(demo.admin);
    await anna.page.getByRole('link', { name: demoWorkspaceName }).first().click();
    await anna.page.getByRole('button', { name: 'Bjud in' }).click();
    const dialog = anna.page.getByRole('dialog');
    await dialog.getByLabel('E-postadress').fill('ny.person@facket.example');
    await dialog.getByRole('button', { name: 'Skapa inbjudan' }).click();
    await dialog
      .getByText('Inbjudan är skickad med e-post till ny.person@facket.example')
      .waitFor();
    await dialog.getByRole('button', { name: 'Klar' }).click();

    const invitation = await inbox.nextFor('ny.person@facket.example');
    expect(invitation.parsed.subject).toContain('Inbjudan till');
    const { link } = linkIn(invitation, '/invite');
    const { context: invitee, page } = await app.visitor();
    await page.goto(link);
    await page.getByLabel('Ditt namn').fill('Nora Nyberg');
    await page.getByLabel('Välj lösenord').fill('ett-langt-losenord');
    await page.getByLabel('Upprepa lösenordet').fill('ett-langt-losenord');
    await page.getByRole('button', { name: 'Spara lösenord och gå med' }).click();
    await page.locator('h1', { hasText: demoWorkspaceName }).waitFor();

    // The admin sees that the new member's address is not proven yet.
    await anna.page.reload();
    const row = anna.page.getByRole('row', { name: /Nora Nyberg/ });
    await row.getByText('E-post ej bekräftad').waitFor();
    await screenshot(anna.page, 'members-unverified');

    // The first verification mail went out on joining; the person can ask for another.
    await inbox.nextFor('ny.person@facket.example', 1);
    await page.goto(`${app.baseUrl}/`);
    const notice = page.getByText('Din e-postadress ny.person@facket.example är inte bekräftad');
    await notice.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skicka bekräftelselänk' }).click();
    await page.getByRole('status').filter({ hasText: 'Vi har skickat en länk' }).waitFor();
    const verification = await inbox.nextFor('ny.person@facket.example', 2);
    await page.goto(linkIn(verification, '/verify-email').link);
    await page.getByText('Din e-postadress är bekräftad').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'verify-email-done');
    await page.getByRole('link', { name: 'Till startsidan' }).click();
    await page.getByRole('link', { name: demoWorkspaceName }).first().waitFor();
    expect(await notice.count()).toBe(0);

    await anna.page.reload();
    await anna.page.getByRole('row', { name: /Nora Nyberg/ }).waitFor();
    expect(await row.getByText('E-post ej bekräftad').count()).toBe(0);
    await invitee.close();
    await anna.context.close();
  });

  it('resets a forgotten password from a mailed link', async () => {
    const { context, page } = await app.visitor();
    await page.goto(`${app.baseUrl}/login`);
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    await page.getByLabel('E-postadress').fill(demo.viewer.email);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await page.getByRole('status').filter({ hasText: demo.viewer.email }).waitFor();
    await screenshot(page, 'forgot-password-sent');

    const mail = await inbox.nextFor(demo.viewer.email);
    await page.goto(linkIn(mail, '/reset-password').link);
    await page.getByLabel('Välj lösenord').fill('lenas-nya-losenord');
    await page.getByLabel('Upprepa lösenordet').fill('lenas-nya-losenord');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reset-password');
    await page.getByRole('button', { name: 'Spara nytt lösenord' }).click();
    await page.getByText('Lösenordet är bytt').waitFor();

    await signIn(page, app.baseUrl, demo.viewer.email, 'lenas-nya-losenord');
    await page.getByRole('link', { name: demoWorkspaceName }).first().waitFor();
    await context.close();
  });
});
