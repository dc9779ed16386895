// The document history in the editor: save a named version, another party edits, the diff
// against now shows the edit as an insertion named with its author and organisation, one
// clause is restored (the other editor sees it at once), the version is read read-only, and
// it is put forward and signed off for a party. axe 0 serious/critical on the history screens.
import { describe, expect, it } from 'vitest';

import { editorContent, sectionParagraph, waitForSaved } from '../support/app.js';
import { seriousViolations } from '../support/axe.js';
import { demo } from '../support/demo.js';
import { checkScreenAtBothWidths } from '../support/responsive.js';
import { useAppUnderTest } from '../support/suite.js';

const iopTitle = /IOP-avtal/;
const label = 'Utkast till styrgruppen 12 mars';
const added = 'Fler deltagare ska få ett arbete inom ett år.';

describe('versions', () => {
  const app = useAppUnderTest();

  it('saves a version, shows an edit with its author, restores a clause and signs off', async () => {
    const anna = await app.onDocument(demo.admin, iopTitle);
    const maria = await app.onDocument(demo.ideaBasedEditor, iopTitle);
    const { page } = anna;

    await page.getByRole('button', { name: 'Historik' }).click();
    const history = page.getByRole('dialog', { name: /Historik för/ });
    await history.getByLabel('Namn på versionen').fill(label);
    await history.getByLabel('Anteckning (valfri)').fill('Inför mötet.');
    await history.getByRole('button', { name: 'Spara version' }).click();
    await history.getByText(`Versionen ”${label}” är sparad.`).waitFor();
    const item = history.getByTestId('version-item').filter({ hasText: label });
    await item.getByText(/Sparad version av Anna Lindqvist/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await checkScreenAtBothWidths(page, 'history-list');

    // Maria (another organisation) writes in the purpose clause.
    await sectionParagraph(maria.page, 'Syfte och mål').click();
    await maria.page.keyboard.press('End');
    await maria.page.keyboard.type(` ${added}`);
    await waitForSaved(maria.page);

    // The diff against now names her edit, as an insertion (ins), with her organisation.
    await item.getByRole('button', { name: `Jämför med nu: ${label}` }).click();
    const section = history.getByTestId('diff-section').filter({ hasText: 'Syfte och mål' });
    await section.locator('ins', { hasText: added.slice(0, 20) }).waitFor();
    await section.getByText('Infogat av Maria Berg (Ängby Stadsmission)').waitFor();
    await section.getByText('Ändrat').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await checkScreenAtBothWidths(page, 'history-diff');

    // Restore that clause: the confirm says nothing is rewound; Maria's editor loses the text.
    await section.getByRole('button', { name: 'Återställ avsnittet Syfte och mål' }).click();
    const confirm = page.getByRole('dialog', { name: 'Återställa?' });
    await confirm.getByText(/Inget spolas tillbaka/).waitFor();
    await confirm.getByRole('button', { name: 'Återställ' }).click();
    await history.getByText(/Återställt\. Lägena före och efter/).waitFor();
    await maria.page.waitForFunction(
      (text) =>
        !document.querySelector('[data-testid="editor-content"]')?.textContent?.includes(text),
      added,
    );
    expect(await editorContent(page).textContent()).not.toContain(added);

    // Back in the list: the restore's before and after states are versions too.
    await history.getByRole('button', { name: 'Tillbaka till historiken' }).click();
    await history.getByText('Automatisk, före en återställning').first().waitFor();
    await history.getByText('Automatisk, efter en återställning').first().waitFor();

    // Any two versions: the saved one against the state after the restore reads the same.
    const compare = history.getByRole('form', { name: 'Jämför två lägen' });
    const from = compare.getByLabel('Från');
    await from.selectOption(
      (await from.locator('option', { hasText: new RegExp(`^${label}`) }).getAttribute('value'))!,
    );
    // Newest first: the first version after "Nuvarande text" is the state after the restore.
    await compare.getByLabel('Till').selectOption({ index: 1 });
    await compare.getByRole('button', { name: 'Jämför' }).click();
    await history.getByText('Inga skillnader i texten.').waitFor();
    await history.getByRole('button', { name: 'Tillbaka till historiken' }).click();

    // The saved version, read-only, with the shared schema.
    await item.getByRole('button', { name: `Visa: ${label}` }).click();
    const content = history.getByTestId('version-content');
    await content.locator('h2', { hasText: 'Syfte och mål' }).waitFor();
    expect(await content.getAttribute('contenteditable')).toBe('false');
    await checkScreenAtBothWidths(page, 'history-version');

    // Sign-off: put forward, then Anna (mandate for Ängby kommun) approves for her organisation.
    await history.getByRole('button', { name: 'Godkännanden' }).click();
    await history.getByText(/inte en kvalificerad elektronisk underskrift/).waitFor();
    expect(await history.getByTestId('signoff-hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
    await history.getByRole('button', { name: 'Lägg fram för godkännande' }).click();
    await history.getByLabel('Titel').fill('Socialchef');
    await history.getByRole('button', { name: 'Godkänn för Ängby kommun' }).click();
    const party = history.getByTestId('signoff-party').filter({ hasText: 'Ängby kommun' });
    await party.getByText('Godkänt för Ängby kommun').waitFor();
    await party.getByText(/Anna Lindqvist, Socialchef/).waitFor();
    await history
      .getByTestId('signoff-party')
      .filter({ hasText: 'Ängby Stadsmission' })
      .getByText('Inte godkänt ännu')
      .waitFor();
    await checkScreenAtBothWidths(page, 'history-signoff');

    await maria.context.close();
    await anna.context.close();
  });
});
