// The activity feed, live: changes the admin makes (an invitation, a
// renamed document) and text someone types appear in a second person's
// browser without a reload, with who made them and for which organisation.
import { describe, expect, it } from 'vitest';

import {
  screenshot,
  sectionParagraph,
  signIn,
  waitForSaved,
  watchLiveSocket,
} from '../support/app.js';
import { demo, demoWorkspaceName, needsAnalysisTitle } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

describe('activity feed', () => {
  const app = useAppUnderTest();

  it('shows the admin’s invitation and rename live in a second browser', async () => {
    const anna = await app.signedIn(demo.admin);
    // Maria's feed is live only once the server acknowledged her workspace:join; Anna acting
    // before that would go unseen.
    const maria = await app.visitor();
    const { joined: mariaJoined } = watchLiveSocket(maria.page);
    await signIn(
      maria.page,
      app.baseUrl,
      demo.ideaBasedEditor.email,
      demo.ideaBasedEditor.password,
    );
    for (const person of [anna, maria]) {
      await person.page.getByRole('link', { name: demoWorkspaceName }).first().click();
      await person.page.getByRole('heading', { name: 'Senaste händelser' }).waitFor();
    }
    await mariaJoined;
    const workspaceId = new URL(anna.page.url()).pathname.split('/').pop()!;

    // Anna acts through the API from her signed-in browser (the same calls the UI makes).
    const results = await anna.page.evaluate(async (id) => {
      const json = { 'content-type': 'application/json' };
      const orgs = (await (await fetch(`/api/workspaces/${id}/organisations`)).json()) as {
        organisations: { id: string }[];
      };
      const invited = await fetch(`/api/workspaces/${id}/invitations`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          email: 'johan.ek@example.se',
          organisationId: orgs.organisations[0]!.id,
          role: 'commenter',
        }),
      });
      const docs = (await (await fetch(`/api/workspaces/${id}/documents`)).json()) as {
        documents: { id: string; title: string }[];
      };
      // Not the needs analysis: the next test types in it by its title.
      const target = docs.documents.find((d) => !d.title.startsWith('Behovsanalys'))!;
      const renamed = await fetch(`/api/documents/${target.id}`, {
        method: 'PATCH',
        headers: json,
        body: JSON.stringify({ title: 'Omdöpt i e2e' }),
      });
      return [invited.status, renamed.status];
    }, workspaceId);
    expect(results).toEqual([201, 200]);

    const feed = maria.page.locator('.activity__list');
    await feed
      .getByText(
        `${demo.admin.name} (${demo.admin.organisation}) bjöd in en ny medlem som kommentator`,
      )
      .waitFor();
    await feed
      .getByText(/Anna Lindqvist \(Ängby kommun\) bytte namn på ”.+” till ”Omdöpt i e2e”/)
      .waitFor();
    await screenshot(maria.page, 'activity-feed-live');
    await anna.context.close();
    await maria.context.close();
  });

  it('shows someone editing a document’s text live in a second browser', async () => {
    const anna = await app.signedIn(demo.admin);
    await anna.page.getByRole('link', { name: demoWorkspaceName }).first().click();
    await anna.page.getByRole('heading', { name: 'Senaste händelser' }).waitFor();

    const maria = await app.onDocument(demo.ideaBasedEditor, needsAnalysisTitle);
    await sectionParagraph(maria.page, 'Nuläge').click();
    await maria.page.keyboard.type('Stadsmissionen driver i dag två arbetsträningsplatser.');
    await waitForSaved(maria.page);

    const title = (await maria.page.getByRole('heading', { level: 1 }).first().innerText()).trim();
    await anna.page
      .locator('.activity__list')
      .getByText(
        `${demo.ideaBasedEditor.name} (${demo.ideaBasedEditor.organisation}) redigerade ”${title}”`,
      )
      .waitFor();
    await anna.context.close();
    await maria.context.close();
  });
});
