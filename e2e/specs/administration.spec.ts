// A coordinator sets up a partnership in the browser alone: organisations, groups, an invitee
// from a new organisation who accepts, body membership and a mandate with its basis, document
// statuses, and closing and reopening the workspace. One flow is done by keyboard only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { checkScreenAtBothWidths } from '../support/responsive.js';
import { demo } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

const WORKSPACE = 'IOP Framtidens arbetsmarknad';

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.locator('h1', { hasText: `Inställningar för ${WORKSPACE}` }).waitFor();
}

describe('workspace administration', () => {
  const app = useAppUnderTest();

  it('sets up organisations, groups, an invitee from a new organisation and a mandate', async () => {
    const anna = await app.signedIn(demo.admin);
    const { page } = anna;
    await page.getByRole('button', { name: 'Ny arbetsyta' }).click();
    const create = page.getByRole('dialog');
    await create.getByLabel('Namn', { exact: true }).fill(WORKSPACE);
    await create.getByLabel('Organisationens namn').fill('Ängby kommun');
    await create.getByRole('button', { name: 'Skapa' }).click();
    await page.locator('h1', { hasText: WORKSPACE }).waitFor();
    await openSettings(page);

    // Organisations: add one, then change its name and kind.
    await page.getByRole('button', { name: 'Ny organisation' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Namn', { exact: true }).fill('Stadsmissionen');
    await dialog.getByLabel('Typ av organisation').selectOption('idea_based');
    await dialog.getByLabel('Organisationsnummer (valfritt)').fill('802001-1234');
    await checkScreenAtBothWidths(page, 'admin-organisation-dialog');
    await dialog.getByRole('button', { name: 'Spara organisation' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Ändra Stadsmissionen' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Namn', { exact: true }).fill('Ängby Stadsmission');
    await dialog.getByRole('button', { name: 'Spara organisation' }).click();
    await page.getByRole('cell', { name: /^Ängby Stadsmission/ }).waitFor();
    await page.getByText('802001-1234').waitFor();

    // Groups: add a steering group, then make a reference group advisory by editing it.
    await page.getByRole('button', { name: 'Ny grupp' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Skapa grupp' }).click();
    await page.locator('h3', { hasText: 'Styrgrupp' }).waitFor();
    await page.getByRole('button', { name: 'Ändra Styrgrupp' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Namn', { exact: true }).fill('Styrgrupp IOP');
    await dialog.getByLabel('Befogenhet').selectOption('advisory');
    await dialog.getByRole('button', { name: 'Spara grupp' }).click();
    const steering = page.locator('.body-card', { hasText: 'Styrgrupp IOP' });
    await steering.getByText('Rådgivande').waitFor();
    await page.getByRole('button', { name: 'Ändra Styrgrupp IOP' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Befogenhet').selectOption('binding');
    await dialog.getByRole('button', { name: 'Spara grupp' }).click();
    await steering.getByText('Beslutande').waitFor();
    await checkScreenAtBothWidths(page, 'admin-settings');

    // Invite someone from an organisation the workspace does not have yet.
    await page.goBack();
    await page.locator('h1', { hasText: WORKSPACE }).waitFor();
    await page.getByRole('button', { name: 'Bjud in' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('E-postadress').fill('omar.af@arbetsformedlingen.example.se');
    await dialog
      .getByLabel('Organisation', { exact: true })
      .selectOption({ label: 'Ny organisation…' });
    await dialog.getByLabel('Den nya organisationens namn').fill('Arbetsförmedlingen Ängby');
    await dialog.getByLabel('Typ av organisation').selectOption('employment_agency');
    await checkScreenAtBothWidths(page, 'admin-invite-new-organisation');
    await dialog.getByRole('button', { name: 'Skapa inbjudan' }).click();
    const link = await dialog.locator('[data-testid="invitation-link"]').inputValue();
    await dialog.getByRole('button', { name: 'Klar' }).click();

    const { context: omarContext, page: omar } = await app.visitor();
    await omar.goto(link.replace(/^https?:\/\/[^/]+/, app.baseUrl));
    await omar.getByText(/för Arbetsförmedlingen Ängby/).waitFor();
    await omar.getByLabel('Ditt namn').fill('Omar Said');
    await omar.getByLabel('Välj lösenord').fill('ett-langt-losenord');
    await omar.getByLabel('Upprepa lösenordet').fill('ett-langt-losenord');
    await omar.getByRole('button', { name: 'Spara lösenord och gå med' }).click();
    await omar.locator('h1', { hasText: WORKSPACE }).waitFor();
    await omarContext.close();

    // Place Omar in the steering group and give him a mandate with its basis.
    await page.reload();
    await openSettings(page);
    await steering
      .getByLabel('Lägg till medlem i Styrgrupp IOP')
      .selectOption({ label: 'Omar Said' });
    await steering.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await steering.getByRole('listitem').filter({ hasText: 'Omar Said' }).waitFor();
    await page.getByRole('button', { name: 'Ändra mandat Omar Said' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Får företräda Arbetsförmedlingen Ängby').check();
    await dialog.getByLabel('Grund för mandatet (valfritt)').fill('Delegationsbeslut 2026-02-01');
    await checkScreenAtBothWidths(page, 'admin-mandate-dialog');
    await dialog.getByRole('button', { name: 'Spara mandat' }).click();
    const omarRow = page.getByRole('row', { name: /Omar Said/ });
    await omarRow.getByText('Grund: Delegationsbeslut 2026-02-01').waitFor();

    // An organisation someone represents cannot go; an unused one can.
    await page.getByRole('button', { name: 'Ta bort Arbetsförmedlingen Ängby' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Ta bort' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'kan inte tas bort' }).waitFor();
    await checkScreenAtBothWidths(page, 'admin-organisation-in-use');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('button', { name: 'Ta bort Ängby Stadsmission' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
    await page.getByRole('cell', { name: /^Ängby Stadsmission/ }).waitFor({ state: 'detached' });

    // Omar leaves the steering group again.
    await steering.getByRole('button', { name: /Ta bort ur gruppen Omar Said/ }).click();
    await steering.getByText('Gruppen har inga medlemmar ännu.').waitFor();

    // Close the workspace as an archive: settings become read-only; reopen it.
    await page.getByRole('button', { name: 'Stäng arbetsytan' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Stäng arbetsytan' }).click();
    await page.getByText('Arbetsytan är stängd och fungerar som arkiv.').waitFor();
    expect(await page.getByRole('button', { name: 'Ny organisation' }).count()).toBe(0);
    await checkScreenAtBothWidths(page, 'admin-closed');
    await page.getByRole('button', { name: 'Öppna arbetsytan igen' }).click();
    await page.getByRole('button', { name: 'Ny organisation' }).waitFor();
    await anna.context.close();
  });

  it('moves documents between statuses, filters, sorts, renames and deletes them', async () => {
    const anna = await app.signedIn(demo.admin);
    const { page } = anna;
    await page
      .getByRole('link', { name: /IOP Vägen till arbete/ })
      .first()
      .click();
    await page.locator('#documents-heading').waitFor();
    const rows = page.locator('section[aria-labelledby="documents-heading"] table tbody tr');
    // The first document whose status may change (approved minutes are locked, with no control).
    const changeable = rows.filter({ has: page.locator('.status-select') }).first();
    const firstTitle = (await changeable.locator('td').first().innerText()).trim();

    await page.getByLabel(`Status för ${firstTitle}`).selectOption('consultation');
    await page.getByLabel('Visa status').selectOption('consultation');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByLabel('Visa status').selectOption('all');
    await page.getByLabel('Sortera efter').selectOption('title');
    const titles = await rows.locator('td:first-child').allInnerTexts();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'sv')));
    await page.getByLabel('Sök bland dokumenten').fill('finns inte alls');
    await page.getByText('Inga dokument matchar sökningen.').waitFor();
    await page.getByLabel('Sök bland dokumenten').fill('');
    await checkScreenAtBothWidths(page, 'workspace-home-documents');

    await page.getByRole('button', { name: `Byt namn ${firstTitle}` }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill('Omdöpt dokument');
    await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('link', { name: 'Omdöpt dokument' }).waitFor();

    await page.getByRole('button', { name: 'Ta bort Omdöpt dokument' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByText('Det går inte att ångra.').waitFor();
    await checkScreenAtBothWidths(page, 'document-delete-confirm');
    await dialog.getByRole('button', { name: 'Ta bort' }).click();
    await page.getByRole('link', { name: 'Omdöpt dokument' }).waitFor({ state: 'detached' });

    // A viewer sees statuses but no controls to change them.
    const lena = await app.signedIn(demo.viewer);
    await lena.page
      .getByRole('link', { name: /IOP Vägen till arbete/ })
      .first()
      .click();
    await lena.page.locator('#documents-heading').waitFor();
    await lena.page.locator('.status').first().waitFor();
    expect(await lena.page.locator('.status-select').count()).toBe(0);
    expect(await lena.page.getByRole('link', { name: 'Inställningar' }).count()).toBe(0);
    await lena.context.close();
    await anna.context.close();
  });

  it('gives a mandate with the keyboard only', async () => {
    const anna = await app.signedIn(demo.admin);
    const { page } = anna;
    await page
      .getByRole('link', { name: /IOP Vägen till arbete/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Inställningar' }).waitFor();
    await page.getByRole('link', { name: 'Inställningar' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#mandates-heading').waitFor();

    const edit = page.getByRole('button', { name: 'Ändra mandat Maria Berg' });
    for (let presses = 0; presses < 250; presses++) {
      if (await edit.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    expect(await edit.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    const speaks = dialog.getByRole('checkbox');
    await speaks.waitFor();
    // Focus starts inside the dialog (its close button); Tab to the checkbox.
    while (!(await speaks.evaluate((el) => el === document.activeElement))) {
      await page.keyboard.press('Tab');
    }
    if (!(await speaks.isChecked())) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Styrelsebeslut 2026-01-15 § 3');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('row', { name: /Maria Berg/ })
      .getByText('Grund: Styrelsebeslut 2026-01-15 § 3')
      .waitFor();
    // Focus went back to the button that opened the dialog.
    expect(await edit.evaluate((el) => el === document.activeElement)).toBe(true);
    await anna.context.close();
  });
});
