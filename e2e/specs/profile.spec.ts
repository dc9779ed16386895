// "Me": change my name and language, create an API token (shown once) and revoke it, see my
// sign-ins and sign out everywhere else, change my password.
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

    await page.getByLabel('Nuvarande lösenord').fill('fel-losenord-helt');
    await page.getByLabel('Nytt lösenord', { exact: true }).fill('ett-nytt-langt-losenord');
    await page.getByLabel('Upprepa nytt lösenord').fill('ett-nytt-langt-losenord');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByRole('alert').filter({ hasText: 'stämmer inte' }).waitFor();
    await page.getByLabel('Nuvarande lösenord').fill(demo.ideaBasedEditor.password);
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByText('Lösenordet är bytt.').waitFor();
    await checkScreenAtBothWidths(page, 'profile');

    await signIn(phone.page, app.baseUrl, demo.ideaBasedEditor.email, 'ett-nytt-langt-losenord');
    await phone.context.close();
    await laptop.context.close();
  });
});
