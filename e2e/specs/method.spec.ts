// The method (issue 15) in real browsers against a real server with the demo seed: a
// coordinator completes a process step (and is told why the next one cannot be completed
// yet), assesses a criterion of the IOP legal test, records a follow-up quarter, and a
// second browser sees the dashboard change without reloading. Every new screen, its charts
// included, passes axe at 1366 and 390 px and is screenshotted for review.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { demo, demoWorkspaceName } from '../support/demo.js';
import { checkScreenAtBothWidths } from '../support/responsive.js';
import { useAppUnderTest } from '../support/suite.js';

async function openWorkspace(page: Page, name: RegExp): Promise<string> {
  await page.getByRole('link', { name }).first().click();
  await page.getByRole('heading', { name: 'Processen steg för steg' }).waitFor();
  return new URL(page.url()).pathname.split('/')[2]!;
}

/** The stepper's item for a step, found by its title. */
function step(page: Page, title: string) {
  return page.locator('.stepper__step').filter({
    has: page.getByRole('heading', { name: new RegExp(`^Steg \\d+: ${title}$`) }),
  });
}

describe('the method', () => {
  const app = useAppUnderTest();

  it('completes a process step live, and refuses a step whose decision is not taken', async () => {
    const anna = await app.signedIn(demo.admin);
    const maria = await app.signedIn(demo.ideaBasedEditor);
    // Progress shows on the workspace list.
    await anna.page
      .locator('.card')
      .filter({ hasText: demoWorkspaceName })
      .getByText(/av \d+ steg klara/)
      .waitFor();
    await openWorkspace(anna.page, demoWorkspaceName);
    await openWorkspace(maria.page, demoWorkspaceName);

    const before = await anna.page.locator('.progress-line').first().innerText();
    const done = Number(/(\d+) av/.exec(before)![1]);
    const initiative = step(anna.page, 'Initiativ');
    await initiative.getByRole('button', { name: 'Ändra steget' }).click();
    await initiative.getByLabel('Status').selectOption({ label: 'Klar' });
    await initiative.getByRole('button', { name: 'Spara steget' }).click();
    await initiative.locator('.status-tag', { hasText: 'Klar' }).waitFor();

    // Maria's browser follows without a reload.
    await step(maria.page, 'Initiativ').locator('.status-tag', { hasText: 'Klar' }).waitFor();
    await maria.page
      .getByText(`${done + 1} av`, { exact: false })
      .first()
      .waitFor();

    // The legal-test step needs a decided "utfall av rättslig prövning" and says so.
    const legal = step(anna.page, 'Behov och rättslig prövning');
    await legal
      .getByText('Kräver beslut av typen ”Utfall av rättslig prövning”.', { exact: false })
      .waitFor();
    await legal.getByRole('button', { name: 'Ändra steget' }).click();
    await legal.getByLabel('Status').selectOption({ label: 'Klar' });
    await legal.getByRole('button', { name: 'Spara steget' }).click();
    await legal
      .getByRole('alert')
      .getByText(
        'kan inte markeras som klart förrän ett beslut av typen ”Utfall av rättslig prövning”',
      )
      .waitFor();
    await legal.getByRole('button', { name: 'Avbryt' }).click();

    await checkScreenAtBothWidths(anna.page, 'method-stepper');
    await anna.context.close();
    await maria.context.close();
  });

  it('assesses a legal-test criterion, with history and the proposed result', async () => {
    const anna = await app.signedIn(demo.admin);
    const workspaceId = await openWorkspace(anna.page, demoWorkspaceName);
    await anna.page.getByRole('link', { name: 'Rättslig prövning (IOP)' }).click();
    await anna.page.getByRole('heading', { level: 1, name: 'Rättslig prövning av IOP' }).waitFor();
    expect(anna.page.url()).toContain(`/workspaces/${workspaceId}/legal-test`);

    const criterion = anna.page.locator('article.criterion').filter({
      has: anna.page.getByRole('heading', { name: 'Båda parter medfinansierar' }),
    });
    await criterion.getByRole('button', { name: 'Bedöm kriteriet' }).click();
    await criterion.getByLabel('Uppfyllt', { exact: true }).check();
    await criterion
      .getByLabel('Motivering')
      .fill('Kommunen bidrar med lokaler, Stadsmissionen med personal och ideell tid.');
    await criterion
      .getByLabel('Underlag (länkar)')
      .fill('Budgetunderlag | https://example.se/iop/budget.pdf');
    await criterion.getByRole('button', { name: 'Spara bedömningen' }).click();

    await criterion.locator('.status-tag', { hasText: 'Uppfyllt' }).waitFor();
    await criterion.getByText(/Bedömt av Anna Lindqvist \(Ängby kommun\)/).waitFor();
    await criterion.getByRole('link', { name: 'Budgetunderlag' }).waitFor();
    // Another criterion is still open, so the test is not complete.
    await anna.page
      .getByText(/Prövningen är inte klar|Kriterierna är inte uppfyllda/)
      .first()
      .waitFor();

    await checkScreenAtBothWidths(anna.page, 'method-legal-test');

    await anna.page.goto(`${app.baseUrl}/workspaces/${workspaceId}/principles`);
    await anna.page.getByRole('heading', { level: 1, name: 'De sex principerna' }).waitFor();
    const form = anna.page.locator('form').filter({ hasText: 'Självständighet och oberoende' });
    const dialogue = form.locator('fieldset').filter({ hasText: 'Dialog' }).first();
    await dialogue.getByLabel('Betyg').selectOption('4');
    await form.getByRole('button', { name: 'Spara bedömningen' }).click();
    await anna.page.getByText(/Bedömningen för .+ är sparad/).waitFor();
    await checkScreenAtBothWidths(anna.page, 'method-principles');
    await anna.context.close();
  });
});
