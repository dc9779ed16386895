// Creating a workspace and a document from a template; a non-member is told whose permission is needed.
import { describe, expect, it } from 'vitest';

import {
  editorContent,
  screenshot,
  signIn,
  waitForSaved,
  watchLiveSocket,
} from '../support/app.js';
import { seriousViolations } from '../support/axe.js';
import { demo, demoWorkspaceName } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

describe('workspaces and documents', () => {
  const app = useAppUnderTest();

  it('creates a workspace and a document from a template; outsiders get a clear 403', async () => {
    const anna = await app.signedIn(demo.admin);
    const { page } = anna;
    await page.getByRole('button', { name: 'Ny arbetsyta' }).click();
    const create = page.getByRole('dialog');
    await create.getByLabel('Namn', { exact: true }).fill('Upphandling städtjänster 2027');
    await create.getByLabel('Typ av samverkan').selectOption('social_procurement');
    await create.getByLabel('Organisationens namn').fill('Ängby kommun, upphandlingsenheten');
    await create.getByRole('button', { name: 'Skapa' }).click();
    await page.locator('h1', { hasText: 'Upphandling städtjänster 2027' }).waitFor();
    await page.getByText('Inga dokument ännu').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-new-empty');

    await page.getByRole('button', { name: 'Ny grupp' }).click();
    const bodyDialog = page.getByRole('dialog');
    await bodyDialog.getByLabel('Typ av grupp').selectOption('reference_group');
    await bodyDialog.getByRole('button', { name: 'Skapa grupp' }).click();
    await page.locator('h3', { hasText: 'Referensgrupp' }).waitFor();
    // A body without meetings: the home says so under "Nästa möte".
    await page
      .getByRole('region', { name: 'Nästa möte' })
      .getByText('Inga planerade möten.')
      .waitFor();

    await page.getByRole('button', { name: 'Nytt dokument' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill('Beslutsunderlag städ');
    await dialog.getByLabel(/Beslutsunderlag sysselsättningskrav/).check();
    await dialog.getByRole('button', { name: 'Skapa dokument' }).click();
    await page.locator('h1', { hasText: 'Beslutsunderlag städ' }).waitFor();
    await editorContent(page).locator('h2').first().waitFor();
    expect(await page.locator('.prose p.has-guiding-questions').count()).toBeGreaterThan(0);
    await waitForSaved(page);
    await screenshot(page, 'editor-new-decision-basis');
    const documentUrl = page.url();

    // Lena is not a member of the new workspace.
    const lena = await app.signedIn(demo.viewer);
    await lena.page.goto(documentUrl);
    await lena.page.locator('h1', { hasText: 'Du saknar behörighet' }).waitFor();
    await lena.page.getByText(/Be .+ om åtkomst/).waitFor();
    expect(await seriousViolations(lena.page)).toEqual([]);
    await screenshot(lena.page, 'document-forbidden');
    await lena.context.close();
    await anna.context.close();
  });

  it('shows a document another member creates without a reload, over one socket per tab', async () => {
    // Anna's socket.io connections, from before she signs in.
    const anna = await app.visitor();
    const { sockets, joined } = watchLiveSocket(anna.page);
    await signIn(anna.page, app.baseUrl, demo.admin.email, demo.admin.password);
    const maria = await app.signedIn(demo.ideaBasedEditor);
    await anna.page.getByRole('link', { name: demoWorkspaceName }).first().click();
    await anna.page.locator('#documents-heading').waitFor();
    await joined;
    // The seed's planned steering-group meeting is the next one, linked to its page.
    const nextMeeting = anna.page.getByRole('region', { name: 'Nästa möte' });
    await nextMeeting.getByText(/· Styrgrupp$/).waitFor();
    expect(
      await nextMeeting
        .getByRole('link', { name: 'Styrgruppens möte om IOP-avtalet' })
        .getAttribute('href'),
    ).toMatch(/^\/meetings\/[^/]+$/);
    await anna.page.getByRole('region', { name: 'Senaste händelser' }).waitFor();

    await maria.page.getByRole('link', { name: demoWorkspaceName }).first().click();
    await maria.page.getByRole('button', { name: 'Nytt dokument' }).click();
    const dialog = maria.page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill('Mötesprotokoll styrgruppen december');
    await dialog.getByLabel(/Mötesprotokoll/).check();
    await dialog.getByRole('button', { name: 'Skapa dokument' }).click();
    await maria.page.locator('h1', { hasText: 'Mötesprotokoll styrgruppen december' }).waitFor();

    await anna.page.getByRole('link', { name: 'Mötesprotokoll styrgruppen december' }).waitFor();
    // Her notifications, the workspace's lists, its activity, decisions and method all came
    // over one connection (there used to be one per live section: five on this page).
    expect(sockets.length).toBe(1);

    // Signing out and in as someone else in the same tab: a connection of their own.
    await anna.page.getByRole('button', { name: 'Logga ut', exact: true }).click();
    await anna.page.locator('input[name="email"]').waitFor();
    await signIn(anna.page, app.baseUrl, demo.viewer.email, demo.viewer.password);
    await anna.page.getByRole('link', { name: demoWorkspaceName }).first().click();
    await anna.page.locator('#documents-heading').waitFor();
    await expect.poll(() => sockets.length).toBe(2);
    expect(sockets[0]!.isClosed()).toBe(true);
    await anna.context.close();
    await maria.context.close();
  });
});
