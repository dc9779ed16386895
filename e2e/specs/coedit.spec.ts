// Two people from different organisations co-edit the demo needs analysis live.
import { describe, expect, it } from 'vitest';

import {
  documentText,
  screenshot,
  sectionParagraph,
  waitForSaved,
  waitForSectionText,
} from '../support/app.js';
import { demo, needsAnalysisTitle } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

describe('co-editing', () => {
  const app = useAppUnderTest();

  it('shows each person the other one’s text, avatar and labelled caret; undo is per person', async () => {
    const anna = await app.onDocument(demo.admin, needsAnalysisTitle);
    const maria = await app.onDocument(demo.ideaBasedEditor, needsAnalysisTitle);

    // Each page built its editor once (it used to be built twice when the first render was
    // interrupted by data arriving, the first one thrown away).
    for (const page of [anna.page, maria.page]) {
      const builds = await page.evaluate(
        () => performance.getEntriesByName('samverka:editor-build').length,
      );
      expect(builds).toBe(1);
    }

    // Presence: each sees the other's avatar, labelled with name and organisation.
    const mariaLabel = `${demo.ideaBasedEditor.name}, ${demo.ideaBasedEditor.organisation}`;
    const annaLabel = `${demo.admin.name}, ${demo.admin.organisation}`;
    await anna.page.locator('[data-testid="presence-avatar"]', { hasText: mariaLabel }).waitFor();
    await maria.page.locator('[data-testid="presence-avatar"]', { hasText: annaLabel }).waitFor();

    // Screen readers hear about the arrival once, politely; typing does not re-announce.
    const announcer = anna.page.locator('[data-testid="announcer"]');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    await announcer
      .filter({ hasText: `${demo.ideaBasedEditor.name} (${demo.ideaBasedEditor.organisation})` })
      .waitFor();
    const announced = await announcer.innerText();

    // Different sections.
    const annaText = 'Kommunen har i dag tre arbetsmarknadsinsatser.';
    const mariaText = 'Unga som varken arbetar eller studerar behöver förberedande insatser.';
    await sectionParagraph(anna.page, 'Nuläge').click();
    await anna.page.keyboard.type(annaText);
    await sectionParagraph(maria.page, 'Målgrupper och deras beredskap').click();
    await maria.page.keyboard.type(mariaText);
    await anna.page.getByText(mariaText).waitFor();
    await maria.page.getByText(annaText).waitFor();
    expect(await announcer.innerText()).toBe(announced);

    // The same paragraph: Omar continues where Anna is writing.
    await sectionParagraph(anna.page, 'Behov och varför nu').click();
    await anna.page.keyboard.type('Alfa skriver först.');
    const shared = sectionParagraph(maria.page, 'Behov och varför nu');
    await shared.getByText('Alfa skriver först.').waitFor();
    await shared.click();
    await maria.page.keyboard.press('End');
    await maria.page.keyboard.type(' Beta fyller i.');
    for (const page of [anna.page, maria.page]) {
      await waitForSectionText(page, 'Behov och varför nu', 'Alfa skriver först. Beta fyller i.');
    }

    // Remote carets carry "name (organisation)".
    await anna.page
      .locator('.collaboration-carets__label', {
        hasText: `${demo.ideaBasedEditor.name} (${demo.ideaBasedEditor.organisation})`,
      })
      .waitFor();
    await maria.page
      .locator('.collaboration-carets__label', {
        hasText: `${demo.admin.name} (${demo.admin.organisation})`,
      })
      .waitFor();

    // Undo reverts only my own changes, never the other person's.
    await sectionParagraph(anna.page, 'Omfattning').click();
    await anna.page.keyboard.insertText('Annas mening som ska ångras.');
    await maria.page.getByText('Annas mening som ska ångras.').waitFor();
    await sectionParagraph(maria.page, 'Tidplan').click();
    await maria.page.keyboard.insertText('Marias mening som ska stå kvar.');
    await anna.page.getByText('Marias mening som ska stå kvar.').waitFor();
    await anna.page.getByRole('button', { name: 'Ångra mina ändringar' }).click();
    for (const page of [anna.page, maria.page]) {
      await page.getByText('Annas mening som ska ångras.').waitFor({ state: 'detached' });
      await page.getByText('Marias mening som ska stå kvar.').waitFor();
    }

    await waitForSaved(anna.page);
    await waitForSaved(maria.page);
    expect(await documentText(anna.page)).toBe(await documentText(maria.page));
    await screenshot(anna.page, 'editor-coediting-anna');
    await screenshot(maria.page, 'editor-coediting-maria');
    await anna.context.close();
    await maria.context.close();
  });
});
