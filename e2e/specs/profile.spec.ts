// "Me": change my name and language, create an API token (shown once, optionally expiring) and
// revoke it, see my sign-ins and sign out everywhere else, change my password and revoke my tokens
// with it.
import { describe, expect, it } from 'vitest';

import { signIn } from '../support/app.js';
import { checkScreenAtBothWidths } from '../support/responsive.js';
import { demo } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

describe('profile page', () => {
  const app = useAppUnderTest();

  it('manages my name, language, tokens, sessions and password', async () => {
    const phone = await app.signedIn(demo.ideaBasedEditor);
    const laptop = await app.signedIn(demo.ideaBasedEditor);
    const { page } = laptop;
    await page.getByRole('link', { name: /Maria Berg/ }).click();
    await page.locator('h1', { hasText: 'Min profil' }).waitFor();
    await page.getByText('Den här enheten').waitFor();
    await page.getByRole('button', { name: 'Logga ut överallt utom här' }).waitFor();

    await page.getByLabel('Namn', { exact: true }).fill('Maria Berg Ek');
    await page.getByRole('button', { name: 'Spara namn' }).click();
    await page.getByText('Namnet är sparat.').waitFor();
    await page.locator('.user-menu__name', { hasText: 'Maria Berg Ek' }).waitFor();

    await page.getByLabel('Namn på ny nyckel').fill('Rapportverktyg');
    await page.getByLabel('Giltighetstid').selectOption({ label: '30 dagar' });
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();
    const secret = await page.locator('[data-testid="new-token-secret"]').inputValue();
    expect(secret).toMatch(/^svk_/);
    await checkScreenAtBothWidths(page, 'profile-token-created');
    const me = await page.evaluate(
      async (token) =>
        (await fetch('/api/me', { headers: { authorization: `Bearer ${token}` } })).status,
      secret,
    );
    expect(me).toBe(200);
    await page.getByRole('button', { name: 'Jag har sparat nyckeln' }).click();
    expect(await page.locator('[data-testid="new-token-secret"]').count()).toBe(0);
    await page.getByRole('cell', { name: 'Rapportverktyg', exact: true }).waitFor();
    // The day 30 days ahead, as the browser writes it in Swedish (e.g. "27 dec. 2026").
    const in30Days = await page.evaluate(() =>
      new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium' }).format(
        new Date(Date.now() + 30 * 86_400_000),
      ),
    );
    const expiry = page
      .getByRole('row', { name: /Rapportverktyg/ })
      .locator('td[data-label="Gäller till"]');
    expect(await expiry.innerText()).toContain(in30Days);
    expect(await page.getByText('Utgången').count()).toBe(0);
    await checkScreenAtBothWidths(page, 'profile-token-list');

    await page.getByRole('button', { name: 'Återkalla Rapportverktyg' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Återkalla' }).click();
    await page.getByText('Du har inga API-nycklar.').waitFor();

    await page.getByRole('button', { name: 'Logga ut överallt utom här' }).click();
    await page.getByText(/annan inloggning är utloggad|andra inloggningar är utloggade/).waitFor();
    await page.getByText('Du är bara inloggad här.').waitFor();
    await phone.page.reload();
    await phone.page.locator('h1', { hasText: 'Logga in' }).waitFor();

    await page.getByLabel('Språk i Samverka').selectOption('en');
    await page.locator('h1', { hasText: 'My profile' }).waitFor();
    await checkScreenAtBothWidths(page, 'profile-english');
    await page.getByLabel('Language in Samverka').selectOption('sv');
    await page.locator('h1', { hasText: 'Min profil' }).waitFor();

    await page.getByLabel('Namn på ny nyckel').fill('Nattjobb');
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();
    const nightlySecret = await page.locator('[data-testid="new-token-secret"]').inputValue();
    await page.getByRole('button', { name: 'Jag har sparat nyckeln' }).click();
    const nightly = page.getByRole('row', { name: /Nattjobb/ });
    expect(await nightly.locator('td[data-label="Gäller till"]').innerText()).toBe('Ingen');

    await page.getByLabel('Nuvarande lösenord').fill('fel-losenord-helt');
    await page.getByLabel('Nytt lösenord', { exact: true }).fill('ett-nytt-langt-losenord');
    await page.getByLabel('Upprepa nytt lösenord').fill('ett-nytt-langt-losenord');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByRole('alert').filter({ hasText: 'stämmer inte' }).waitFor();
    await page.getByLabel('Nuvarande lösenord').fill(demo.ideaBasedEditor.password);
    await page.getByLabel('Återkalla även mina API-nycklar').check();
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByText('dina API-nycklar är återkallade').waitFor();
    await page.getByText('Du har inga API-nycklar.').waitFor();
    expect(await page.getByLabel('Återkalla även mina API-nycklar').isChecked()).toBe(false);
    const revokedStatus = await page.evaluate(
      async (token) =>
        (await fetch('/api/me', { headers: { authorization: `Bearer ${token}` } })).status,
      nightlySecret,
    );
    expect(revokedStatus).toBe(401);
    await checkScreenAtBothWidths(page, 'profile');

    await signIn(phone.page, app.baseUrl, demo.ideaBasedEditor.email, 'ett-nytt-langt-losenord');
    await phone.context.close();
    await laptop.context.close();
  });
});
