// Meetings (issue 14) in three browsers: the chair (Anna, coordinator), the
// secretary (Maria) and a member (Erik, Arbetsförmedlingen). Anna plans a
// meeting of the steering group with three agenda items (one of them the open
// decision on the IOP clause), reorders by keyboard, runs meeting mode with the
// keyboard only; Erik's screen follows her and stops following when he
// switches "Följ ordföranden" off; positions recorded during the meeting show
// live; the decision closed in the meeting lands in the minutes; Maria sends
// the minutes, the two approvers (Erik, Sara) approve, the minutes lock and
// their PDF carries the approval block. axe and screenshots at 1366 and 390 px.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { editorContent } from '../support/app.js';
import { seriousViolations } from '../support/axe.js';
import { demo, demoWorkspaceName } from '../support/demo.js';
import { checkScreenAtBothWidths } from '../support/responsive.js';
import { useAppUnderTest } from '../support/suite.js';

const run = promisify(execFile);
const DECISION_TITLE = 'Godkännande av klausulen om parternas insatser och resurser';
const MEETING_TITLE = 'Styrgruppsmöte december';

/** A same-origin REST call from the person's page (their session cookie, the origin guard passes). */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method: verb, path: url, body: payload }) => {
      const response = await fetch(url, {
        method: verb,
        headers: payload === undefined ? {} : { 'Content-Type': 'application/json' },
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${verb} ${url}: ${response.status} ${text}`);
      return (text === '' ? null : JSON.parse(text)) as T;
    },
    { method, path, body },
  );
}

function currentItem(page: Page) {
  return page.locator('[data-testid="current-item"] h2');
}

async function announcerText(page: Page): Promise<string> {
  return (await page.locator('[data-testid="announcer"]').textContent())?.trim() ?? '';
}

describe('a steering group meeting from agenda to approved minutes', () => {
  const app = useAppUnderTest();

  it('plans, runs and approves a meeting in three browsers', async () => {
    const chair = await app.signedIn(demo.admin);
    const secretary = await app.signedIn(demo.ideaBasedEditor);
    const member = await app.signedIn(demo.afMember);
    const base = app.baseUrl;

    // The chair finds the steering group's meetings from its card on the workspace home.
    await chair.page.getByRole('link', { name: demoWorkspaceName }).first().click();
    await chair.page.getByRole('link', { name: 'Möten: Styrgrupp' }).click();
    await chair.page.getByRole('heading', { name: 'Möten – Styrgrupp' }).waitFor();
    // The seed holds a past meeting with approved minutes and a planned one.
    await chair.page.getByRole('heading', { name: 'Tidigare möten' }).waitFor();
    await checkScreenAtBothWidths(chair.page, 'body-meetings');
    await chair.page.getByRole('button', { name: 'Nytt möte' }).click();
    const form = chair.page.getByRole('dialog', { name: 'Nytt möte' });
    await form.getByLabel('Rubrik').fill(MEETING_TITLE);
    await form.getByLabel('Plats').fill('Stadshuset, sal 3');
    await form.getByLabel('Ordförande').selectOption({ label: demo.admin.name });
    await form.getByLabel('Sekreterare').selectOption({ label: demo.ideaBasedEditor.name });
    // Justerare from two organisations (the same organisation twice would be warned about).
    await form.getByRole('checkbox', { name: /Erik Johansson/ }).check();
    await form.getByRole('checkbox', { name: /Sara Nilsson/ }).check();
    expect(await form.locator('.notice--warning').count()).toBe(0);
    expect(await seriousViolations(chair.page)).toEqual([]);
    await form.getByRole('button', { name: 'Spara' }).click();
    await chair.page.getByRole('heading', { name: MEETING_TITLE, level: 1 }).waitFor();
    const meetingId = /\/meetings\/([^/?#]+)/.exec(chair.page.url())?.[1] ?? '';
    expect(meetingId).not.toBe('');

    // Three agenda items; the second is the open decision on the IOP clause.
    const addItem = async (title: string, decision?: string) => {
      await chair.page.getByRole('button', { name: 'Lägg till punkt' }).click();
      const dialog = chair.page.getByRole('dialog', { name: 'Ny punkt på dagordningen' });
      await dialog.getByLabel('Rubrik').fill(title);
      if (decision) await dialog.getByLabel('Beslut').selectOption({ label: decision });
      await dialog.getByRole('button', { name: 'Spara punkten' }).click();
      await dialog.waitFor({ state: 'detached' });
      await chair.page.locator('.agenda__title', { hasText: title }).waitFor();
    };
    await addItem('Mötets öppnande');
    await addItem('Parternas insatser och resurser', DECISION_TITLE);
    await addItem('Övriga frågor');
    // Reordered by keyboard: the announcement says where the item went, focus stays on the button.
    await chair.page.getByRole('button', { name: 'Flytta ned punkt 1: Mötets öppnande' }).focus();
    await chair.page.keyboard.press('Enter');
    await chair.page
      .locator('[data-testid="announcer"]', { hasText: 'Mötets öppnande är nu punkt 2 av 3.' })
      .waitFor();
    await chair.page.getByRole('button', { name: 'Flytta upp punkt 2: Mötets öppnande' }).focus();
    await chair.page.keyboard.press('Enter');
    await chair.page.waitForFunction(
      () => document.querySelector('.agenda__title')?.textContent === 'Mötets öppnande',
    );
    expect(await chair.page.locator('.agenda__title').allTextContents()).toEqual([
      'Mötets öppnande',
      'Parternas insatser och resurser',
      'Övriga frågor',
    ]);
    // With a mouse: drag the last item to the top, and back.
    const agendaItem = (title: string) => chair.page.locator('.agenda__item', { hasText: title });
    await agendaItem('Övriga frågor').dragTo(agendaItem('Mötets öppnande'));
    await chair.page.waitForFunction(
      () => document.querySelector('.agenda__title')?.textContent === 'Övriga frågor',
    );
    await agendaItem('Övriga frågor').dragTo(agendaItem('Parternas insatser och resurser'));
    await chair.page.waitForFunction(
      () => document.querySelector('.agenda__title')?.textContent === 'Mötets öppnande',
    );
    expect(await chair.page.locator('.agenda__title').allTextContents()).toEqual([
      'Mötets öppnande',
      'Parternas insatser och resurser',
      'Övriga frågor',
    ]);

    // Attendance: Sara sends a substitute; organisations with nobody present say so.
    await chair.page.getByLabel('Närvaro för Anna Lindqvist').selectOption('present');
    await chair.page.getByLabel('Närvaro för Maria Berg').selectOption('present');
    await chair.page.getByLabel('Närvaro för Erik Johansson').selectOption('present');
    await chair.page.getByLabel('Närvaro för Sara Nilsson').selectOption('substitute');
    await chair.page.getByLabel('Ersättarens namn för Sara Nilsson').fill('Per Andersson');
    await chair.page.getByLabel('Ersättarens namn för Sara Nilsson').press('Tab');
    await chair.page
      .locator('[data-testid="announcer"]', { hasText: 'Närvaron för Sara Nilsson är sparad.' })
      .waitFor();
    await checkScreenAtBothWidths(chair.page, 'meeting-page');

    // Everyone opens meeting mode; only the chair has the controls.
    for (const person of [chair, secretary, member]) {
      await person.page.goto(`${base}/meetings/${meetingId}/live`);
      await person.page.getByRole('heading', { name: `Mötesläge: ${MEETING_TITLE}` }).waitFor();
    }
    expect(await member.page.getByRole('button', { name: 'Starta mötet' }).count()).toBe(0);

    // Keyboard only: Tab to "Starta mötet", Enter; then "Nästa punkt".
    const pressOn = async (name: string) => {
      for (let i = 0; i < 40; i++) {
        await chair.page.keyboard.press('Tab');
        const focused = await chair.page.evaluate(() => document.activeElement?.textContent ?? '');
        if (focused.includes(name)) {
          await chair.page.keyboard.press('Enter');
          return;
        }
      }
      throw new Error(`no focusable "${name}" reached with Tab`);
    };
    await chair.page.locator('body').focus();
    await pressOn('Starta mötet');
    // Starting opens the first item on every screen; focus moves on to "Nästa punkt".
    await currentItem(member.page).filter({ hasText: '1. Mötets öppnande' }).waitFor();
    await chair.page.waitForFunction(() =>
      document.activeElement?.textContent?.includes('Nästa punkt'),
    );
    await chair.page.keyboard.press('Enter');
    // The member's screen follows the chair to the decision item, and the move is announced.
    await currentItem(member.page)
      .filter({ hasText: '2. Parternas insatser och resurser' })
      .waitFor();
    expect(await announcerText(member.page)).toContain('Mötet är nu på punkt 2');
    await member.page.getByRole('link', { name: 'Öppna avsnittet i dokumentet' }).waitFor();
    const positions = (page: Page) => page.locator('[data-testid="meeting-positions"]');
    await positions(chair.page).waitFor();

    // Positions recorded during the meeting show live on every screen.
    const { meeting: view } = await api<{ meeting: { meeting: { workspaceId: string } } }>(
      chair.page,
      'GET',
      `/api/meetings/${meetingId}`,
    );
    const workspacePath = `/api/workspaces/${view.meeting.workspaceId}`;
    const decisions = await api<{ decisions: { decision: { id: string; title: string } }[] }>(
      chair.page,
      'GET',
      `${workspacePath}/decisions`,
    );
    const decisionId = decisions.decisions.find((d) => d.decision.title === DECISION_TITLE)!
      .decision.id;
    const organisations = await api<{ organisations: { id: string; name: string }[] }>(
      chair.page,
      'GET',
      `${workspacePath}/organisations`,
    );
    const organisationId = (name: string) =>
      organisations.organisations.find((o) => o.name === name)!.id;
    await api(
      member.page,
      'PUT',
      `/api/decisions/${decisionId}/positions/${organisationId('Arbetsförmedlingen')}`,
      {
        position: 'approve',
      },
    );
    await positions(chair.page)
      .locator('tr', { hasText: 'Arbetsförmedlingen' })
      .filter({ hasText: 'Godkänner' })
      .waitFor();
    await api(
      secretary.page,
      'PUT',
      `/api/decisions/${decisionId}/positions/${organisationId('Ängby Stadsmission')}`,
      {
        position: 'approve',
      },
    );
    await api(
      chair.page,
      'PUT',
      `/api/decisions/${decisionId}/positions/${organisationId('Försäkringskassan')}`,
      {
        position: 'approve',
        onBehalf: { statedBy: 'Per Andersson (ersättare)', meetingId },
      },
    );
    await positions(member.page)
      .locator('tr', { hasText: 'Försäkringskassan' })
      .filter({ hasText: 'Godkänner' })
      .waitFor();
    // The item's section opens in the live editor, scrolled to its heading.
    await secretary.page.getByRole('link', { name: 'Öppna avsnittet i dokumentet' }).click();
    await editorContent(secretary.page).waitFor();
    await secretary.page.waitForFunction(() => {
      const heading = [...document.querySelectorAll('.prose h2')].find(
        (h) => h.textContent?.trim() === 'Parternas insatser och resurser',
      );
      const top = heading?.getBoundingClientRect().top;
      // Scrolled there (the heading sits below the first screen of the document otherwise).
      return window.scrollY > 0 && top !== undefined && top >= 0 && top < window.innerHeight / 2;
    });
    expect(secretary.page.url()).toContain('section=contributions');
    await secretary.page.goBack();
    await currentItem(secretary.page)
      .filter({ hasText: '2. Parternas insatser och resurser' })
      .waitFor();
    await checkScreenAtBothWidths(member.page, 'meeting-mode');
    await checkScreenAtBothWidths(chair.page, 'meeting-mode-chair');
    await api(chair.page, 'POST', `/api/decisions/${decisionId}/close`, {
      outcome: 'decided',
      statement: 'Styrgruppen godkänner klausulen.',
      meetingId,
    });

    // The member looks elsewhere: with "Följ ordföranden" off the chair's move does not pull him along.
    await member.page.getByLabel('Följ ordföranden').uncheck();
    await member.page.getByRole('button', { name: /^1\. Mötets öppnande/ }).click();
    await currentItem(member.page).filter({ hasText: '1. Mötets öppnande' }).waitFor();
    await chair.page.getByRole('button', { name: /Nästa punkt/ }).focus();
    await chair.page.keyboard.press('Enter');
    await member.page
      .getByRole('status')
      .filter({ hasText: 'Mötet är på punkt 3: Övriga frågor' })
      .waitFor();
    expect(await currentItem(member.page).textContent()).toBe('1. Mötets öppnande');
    await member.page.getByLabel('Följ ordföranden').check();
    await currentItem(member.page).filter({ hasText: '3. Övriga frågor' }).waitFor();
    expect(await seriousViolations(chair.page)).toEqual([]);

    // The chair ends the meeting with the keyboard (a confirmation first).
    await chair.page.getByRole('button', { name: 'Avsluta mötet' }).focus();
    await chair.page.keyboard.press('Enter');
    const confirm = chair.page.getByRole('dialog', { name: 'Avsluta mötet' });
    await confirm.getByRole('button', { name: 'Avsluta mötet' }).focus();
    await chair.page.keyboard.press('Enter');
    await chair.page.getByText('Mötet är avslutat.').waitFor();

    // The minutes hold the decision taken in the meeting.
    await secretary.page.goto(`${base}/meetings/${meetingId}`);
    await secretary.page.getByRole('link', { name: 'Öppna protokollet' }).click();
    await editorContent(secretary.page).waitFor();
    await secretary.page.waitForFunction(
      (title) =>
        document.querySelector('[data-testid="editor-content"]')?.textContent?.includes(title),
      DECISION_TITLE,
    );

    // The secretary sends the minutes; the two approvers approve that version; they lock.
    await secretary.page.goto(`${base}/meetings/${meetingId}`);
    await secretary.page.getByRole('button', { name: 'Skicka för justering' }).click();
    await secretary.page
      .getByRole('dialog', { name: 'Skicka för justering' })
      .getByRole('button', { name: 'Skicka för justering' })
      .click();
    await secretary.page.getByText('Protokoll för justering', { exact: true }).waitFor();
    await member.page.goto(`${base}/meetings/${meetingId}`);
    await member.page.getByRole('button', { name: 'Justera' }).click();
    await member.page
      .locator('[data-testid="minutes-approvers"] li', { hasText: 'Erik Johansson' })
      .filter({ hasText: 'Justerat' })
      .waitFor();
    const sara = await app.signedIn(demo.fkMember);
    await sara.page.goto(`${base}/meetings/${meetingId}`);
    await sara.page.getByRole('button', { name: 'Justera' }).click();
    await secretary.page.getByText('Protokollet är justerat och låst.', { exact: false }).waitFor();
    expect(await secretary.page.getByRole('button', { name: 'Skicka för justering' }).count()).toBe(
      0,
    );
    await checkScreenAtBothWidths(secretary.page, 'meeting-minutes-approved');

    // The PDF of the minutes carries the approval block.
    const downloading = secretary.page.waitForEvent('download');
    await secretary.page.getByRole('link', { name: 'Ladda ner protokollet (PDF)' }).click();
    const download = await downloading;
    const dir = await mkdtemp(join(tmpdir(), 'samverka-e2e-minutes-'));
    try {
      const path = join(dir, 'minutes.pdf');
      await download.saveAs(path);
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
      const text = stdout.replace(/\s+/g, ' ');
      expect(text).toContain('Erik Johansson');
      expect(text).toContain('Sara Nilsson');
      expect(text).toContain(DECISION_TITLE);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    for (const person of [chair, secretary, member, sara]) await person.context.close();
  });
});
