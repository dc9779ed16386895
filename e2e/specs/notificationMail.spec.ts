// Notification mail in Chromium, with a real SMTP server in the test process: the coordinator
// answers the union's thread; the union's commenter gets one mail whose thread link opens the
// document on that thread (the mail's /workspaces/:id/documents/:id address), and whose
// unsubscribe link opens a page that turns mail off when asked, as his profile then shows.
import { describe, expect, it } from 'vitest';

import { editorContent, screenshot } from '../support/app.js';
import { seriousViolations } from '../support/axe.js';
import { demo, iopAgreementTitle } from '../support/demo.js';
import { useAppWithMail } from '../support/mailApp.js';

describe('notification mail', () => {
  const { app, inbox } = useAppWithMail({ NOTIFICATION_MAIL_BATCH_SECONDS: '1' });

  it('mails a reply with a link to the thread and an unsubscribe link that works', async () => {
    const anna = await app.onDocument(demo.admin, iopAgreementTitle);
    const thread = anna.page.locator('[data-testid="thread"]').filter({ hasText: 'arbetsmiljö' });
    await thread.getByRole('button', { name: 'Svara' }).click();
    await thread.locator('[data-testid="reply-composer"] textarea').fill('Förslaget kommer nu.');
    await thread.locator('[data-testid="reply-composer"] button[type="submit"]').click();
    await thread.getByText('Förslaget kommer nu.').waitFor();

    const mail = await inbox.nextFor(demo.unionCommenter.email);
    expect(mail.text).toContain('Anna Lindqvist');
    const threadLink = /(\S+\/documents\/\S+\?thread=\S+)/.exec(mail.text)?.[1];
    const unsubscribeLink = /(\S+\/notifications\/unsubscribe\?token=\S+)/.exec(mail.text)?.[1];
    expect(threadLink).toBeDefined();
    expect(unsubscribeLink).toBeDefined();

    const johan = await app.signedIn(demo.unionCommenter);
    await johan.page.goto(threadLink!);
    await editorContent(johan.page).waitFor();
    const focused = johan.page.locator('[data-testid="thread"]').filter({ hasText: 'arbetsmiljö' });
    await expect.poll(() => focused.evaluate((card) => card === document.activeElement)).toBe(true);

    // Opening the page changes nothing (link scanners); the button does.
    const { context, page } = await app.visitor();
    await page.goto(unsubscribeLink!);
    await page.getByRole('heading', { name: 'Avsluta notiser via e-post' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Avsluta e-postnotiser' }).click();
    await page.getByText('Du får inte längre notiser med e-post').waitFor();
    await screenshot(page, 'notifications-unsubscribed');

    await johan.page.goto(`${app.baseUrl}/me`);
    // The stored choice loads after the page: wait for it rather than read the first paint.
    await expect
      .poll(() => johan.page.getByRole('radio', { name: 'Aldrig' }).isChecked())
      .toBe(true);
    await johan.page.getByRole('radio', { name: 'En sammanfattning per dag' }).check();
    await johan.page.getByRole('button', { name: 'Spara val' }).click();
    await johan.page.getByText('Ditt val är sparat.').waitFor();
    expect(await seriousViolations(johan.page)).toEqual([]);
    await screenshot(johan.page, 'profile-notification-preferences');
    await context.close();
    await anna.context.close();
    await johan.context.close();
  });
});
