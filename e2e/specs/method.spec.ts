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
    // The first step that needs no decision and is not done yet (the seed may have done some).
    let title = '';
    for (const candidate of ['Initiativ', 'Avtalsutkast', 'Genomförande', 'Gemensam uppföljning']) {
      const tag = await step(anna.page, candidate).locator('.status-tag').innerText();
      if (!tag.includes('Klar')) {
        title = candidate;
        break;
      }
    }
    expect(title).not.toBe('');
    const open = step(anna.page, title);
    await open.getByRole('button', { name: 'Ändra steget' }).click();
    await open.getByLabel('Status').selectOption({ label: 'Klar' });
    await open.getByRole('button', { name: 'Spara steget' }).click();
    await open.locator('.status-tag', { hasText: 'Klar' }).waitFor();

    // Maria's browser follows without a reload.
    await step(maria.page, title).locator('.status-tag', { hasText: 'Klar' }).waitFor();
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
    // The criterion says who assessed it; its history, once loaded, lists the same line.
    await criterion
      .getByText(/Bedömt av Anna Lindqvist \(Ängby kommun\)/)
      .first()
      .waitFor();
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

  it('records a follow-up quarter and a second browser sees the dashboard change live', async () => {
    const anna = await app.signedIn(demo.admin);
    // A social-procurement workspace of Anna's own, with one service procurement where her
    // organisation is matchningsansvarig (so she sees exact figures).
    const workspaceId = await anna.page.evaluate(async () => {
      const json = { 'content-type': 'application/json' };
      const created = (await (
        await fetch('/api/workspaces', {
          method: 'POST',
          headers: json,
          body: JSON.stringify({
            name: 'Social hänsyn i Ängby',
            kind: 'social_procurement',
            organisation: { name: 'Ängby kommun', kind: 'municipality' },
          }),
        })
      ).json()) as { workspace: { id: string } };
      const id = created.workspace.id;
      const orgs = (await (await fetch(`/api/workspaces/${id}/organisations`)).json()) as {
        organisations: { id: string }[];
      };
      const procurement = await fetch(`/api/workspaces/${id}/procurements`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          name: 'Lokalvård förskolor',
          category: 'Lokalvård',
          kind: 'service',
          periodStart: '2026-01-01',
          periodEnd: '2028-12-31',
          valueBand: '5m_20m',
          socialRequirements: true,
          noRequirementsReason: null,
          requirementLevel: 'employment',
          targetGroups: ['long_term_unemployed', 'newly_arrived'],
          promisedFullTimeMonths: 60,
          promisedJobs: 10,
          matchingOrganisationId: orgs.organisations[0]!.id,
          supplier: { kind: 'name', name: 'Städbolaget AB' },
        }),
      });
      if (procurement.status !== 201) throw new Error(`procurement: ${procurement.status}`);
      return id;
    });

    // The second browser watches the dashboard.
    const watcher = await app.signedIn(demo.admin);
    await watcher.page.goto(`${app.baseUrl}/workspaces/${workspaceId}/follow-up`);
    await watcher.page.getByRole('heading', { level: 1, name: 'Uppföljning mot målet' }).waitFor();
    await watcher.page
      .getByText('100 % av tjänsteupphandlingarna (1 av 1) har sociala krav. Målet 50 % är nått.')
      .first()
      .waitFor();
    await watcher.page.getByText('Ingen uppföljning registrerad ännu.').first().waitFor();

    await anna.page.goto(`${app.baseUrl}/workspaces/${workspaceId}/procurements`);
    const card = anna.page.locator('article').filter({
      has: anna.page.getByRole('heading', { name: 'Lokalvård förskolor' }),
    });
    await card
      .getByRole('button', { name: 'Registrera uppföljning för Lokalvård förskolor' })
      .click();
    await card.getByLabel('Kvartal').fill('2026-Q2');
    await card.getByLabel('Påbörjade anställningar').fill('6');
    await card.getByLabel('Levererade heltidsmånader').fill('14,5');
    await card.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await card.getByRole('rowheader', { name: '2026-Q2' }).waitFor();

    // Without a reload: the over-time summary and the key figure follow.
    await watcher.page
      .getByText('Från 2026-Q2 till 2026-Q2 har 6 anställningar påbörjats av 10 utlovade.')
      .waitFor();
    await watcher.page
      .getByText('Från 2026-Q2 till 2026-Q2 har 14,5 heltidsmånader levererats av 60 utlovade.')
      .waitFor();
    await checkScreenAtBothWidths(anna.page, 'method-procurements');

    // A second quarter with a small figure: shown exactly to the matchningsansvarig.
    await card
      .getByRole('button', { name: 'Registrera uppföljning för Lokalvård förskolor' })
      .click();
    await card.getByLabel('Kvartal').fill('2026-Q3');
    await card.getByLabel('Påbörjade anställningar').fill('3');
    await card.getByLabel('Levererade heltidsmånader').fill('9');
    await card.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await watcher.page
      .getByText('Från 2026-Q2 till 2026-Q3 har 9 anställningar påbörjats av 10 utlovade.')
      .waitFor();
    // Open every chart's table so axe checks them too.
    for (const summary of await watcher.page.locator('.chart__table summary').all()) {
      await summary.click();
    }
    await checkScreenAtBothWidths(watcher.page, 'method-dashboard');

    // The demo's social-procurement workspace: a year of follow-up, some figures suppressed.
    await watcher.page.goto(`${app.baseUrl}/`);
    await watcher.page.getByRole('link', { name: /Social hänsyn i Ängbys upphandlingar/ }).click();
    await watcher.page.getByRole('heading', { name: 'Processen steg för steg' }).waitFor();
    await watcher.page.getByRole('link', { name: 'Uppföljning mot målet' }).click();
    await watcher.page.getByRole('heading', { level: 1, name: 'Uppföljning mot målet' }).waitFor();
    await watcher.page.locator('figure.chart').first().waitFor();
    for (const summary of await watcher.page.locator('.chart__table summary').all()) {
      await summary.click();
    }
    await checkScreenAtBothWidths(watcher.page, 'method-dashboard-demo');

    // Correct a quarter, remove it (confirmed), then edit and remove the procurement itself.
    await card.getByRole('button', { name: 'Ändra 2026-Q3' }).click();
    const edit = card.getByRole('form', { name: 'Ändra uppföljningen för 2026-Q3' });
    await edit.getByLabel('Påbörjade anställningar').fill('4');
    await edit.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await card
      .getByRole('row', { name: /^2026-Q3/ })
      .getByRole('cell', { name: '4', exact: true })
      .waitFor();
    await card.getByRole('button', { name: 'Ta bort 2026-Q3' }).click();
    await anna.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Ta bort uppföljningen' })
      .click();
    await card.getByRole('rowheader', { name: '2026-Q3' }).waitFor({ state: 'detached' });
    await card.getByRole('rowheader', { name: '2026-Q2' }).waitFor();

    await card.getByRole('button', { name: 'Ändra Lokalvård förskolor' }).click();
    const procurementForm = card.getByRole('form', {
      name: 'Ändra upphandlingen Lokalvård förskolor',
    });
    await procurementForm.getByLabel('Namn', { exact: true }).fill('Lokalvård skolor');
    await procurementForm.getByRole('button', { name: 'Spara upphandlingen' }).click();
    const renamed = anna.page.getByRole('heading', { name: 'Lokalvård skolor' });
    await renamed.waitFor();
    await anna.page.getByRole('button', { name: 'Ta bort Lokalvård skolor' }).click();
    await anna.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Ta bort upphandlingen' })
      .click();
    await anna.page.getByText('Inga upphandlingar registrerade ännu.').waitFor();

    // An admin sets the workspace's own goal on the dashboard.
    await anna.page.goto(`${app.baseUrl}/workspaces/${workspaceId}/follow-up`);
    const goalForm = anna.page.getByRole('form', { name: 'Målet för sociala krav' });
    await goalForm.getByLabel(/^Mål: andel tjänsteupphandlingar/).fill('75');
    await goalForm.getByRole('button', { name: 'Spara målet' }).click();
    await anna.page
      .getByText('Det finns inga tjänsteupphandlingar ännu. Målet är 75 %.')
      .first()
      .waitFor();
    await checkScreenAtBothWidths(anna.page, 'method-dashboard-goal');
    await anna.context.close();
    await watcher.context.close();
  });
  it('shows on the home where the partnership stands: open criteria, principles, the goal', async () => {
    const anna = await app.signedIn(demo.admin);
    await openWorkspace(anna.page, demoWorkspaceName);
    const overview = anna.page.locator('section.method-overview');
    await overview.getByRole('heading', { name: 'Var står vi?' }).waitFor();
    // The criteria still unclear or unassessed, each a link into the legal test.
    await overview.getByText(/\d+ kriteri(um|er) är inte klara?:/).waitFor();
    const open = overview.getByRole('list').getByRole('link');
    expect(await open.count()).toBeGreaterThan(0);
    expect(await open.first().getAttribute('href')).toMatch(/\/legal-test#criterion-/);
    await overview.getByRole('link', { name: 'Till den rättsliga prövningen' }).waitFor();
    // Each organisation's principle scores in the latest period, as a table.
    await overview.getByRole('table', { name: /Betyg 1–5 per organisation/ }).waitFor();
    await overview.getByRole('link', { name: 'Till de sex principerna' }).waitFor();
    await checkScreenAtBothWidths(anna.page, 'method-home-iop');

    await anna.page.goto(`${app.baseUrl}/`);
    await anna.page.getByRole('link', { name: /Social hänsyn i Ängbys upphandlingar/ }).click();
    await overview.getByRole('heading', { name: 'Var står vi?' }).waitFor();
    await overview
      .getByText(/[\d,]+ % av tjänsteupphandlingarna har sociala krav – målet är 50 %\./)
      .waitFor();
    await overview.getByRole('link', { name: 'Till uppföljningen mot målet' }).waitFor();
    await checkScreenAtBothWidths(anna.page, 'method-home-procurement');
    await anna.context.close();
  });
});
