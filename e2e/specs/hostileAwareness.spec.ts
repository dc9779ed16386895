// A read-only participant cannot break anyone's editor through awareness.
// While two editors type in Chromium, the viewer (from her own signed-in page,
// with her cookie, on the document's own socket URL) sends the reported state
// {"cursor":{}} and seeded fuzzed variants. Nobody's page throws, no text is
// lost, both editors converge and still see each other's caret; the hub
// closes each hostile socket with awarenessRejected.
import { CloseCode } from '@samverka/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  HOSTILE_AWARENESS_STATES,
  fuzzedHostileStates,
  rawAwarenessUpdate,
} from '../../server/src/test-support/awarenessStates.js';
import { awarenessFrame } from '../../server/src/test-support/frames.js';
import {
  documentText,
  editorContent,
  openDocument,
  sectionParagraph,
  waitForSaved,
  waitForSectionText,
} from '../support/app.js';
import { demo, needsAnalysisTitle } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

/** Uncaught errors of a page, from now on. */
function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/**
 * From inside the viewer's page: one socket per hostile state, sending it
 * twice (the hub forgives one), and the close code each socket saw.
 */
function sendFromPage(page: Page, url: string, frames: number[][]): Promise<number[]> {
  return page.evaluate(
    async ({ url: socketUrl, frames: all }) => {
      const codes: number[] = [];
      for (const frame of all) {
        const ws = new WebSocket(socketUrl);
        ws.binaryType = 'arraybuffer';
        const closed = new Promise<number>((resolve) => {
          ws.onclose = (event) => resolve(event.code);
        });
        await new Promise<void>((resolve, reject) => {
          ws.onopen = () => resolve();
          ws.onerror = () => reject(new Error('hostile socket could not open'));
        });
        ws.send(new Uint8Array(frame));
        ws.send(new Uint8Array(frame));
        codes.push(await closed);
      }
      return codes;
    },
    { url, frames },
  );
}

describe('a hostile viewer', () => {
  const app = useAppUnderTest();

  it('cannot break the editors with awareness states; both editors converge', async () => {
    const anna = await app.onDocument(demo.admin, needsAnalysisTitle);
    const maria = await app.onDocument(demo.ideaBasedEditor, needsAnalysisTitle);
    const errors = [...[anna.page, maria.page].map(pageErrors)];

    const lena = await app.signedIn(demo.viewer);
    const sockets: string[] = [];
    lena.page.on('websocket', (socket) => {
      if (socket.url().includes('/yjs/')) sockets.push(socket.url());
    });
    await openDocument(lena.page, app.baseUrl, needsAnalysisTitle);
    errors.push(pageErrors(lena.page));
    await lena.page.locator('[data-testid="read-only-note"]').waitFor();
    const documentUrl = sockets[0];
    expect(documentUrl).toBeDefined();

    const states = [...HOSTILE_AWARENESS_STATES, ...fuzzedHostileStates(11, 40)];
    const frames = states.map((state, index) =>
      Array.from(awarenessFrame(rawAwarenessUpdate(424_242 + index, 1, JSON.stringify(state)))),
    );

    // Both editors are in the document with carets before the attack.
    await sectionParagraph(anna.page, 'Nuläge').click();
    await anna.page.keyboard.type('Anna före. ');
    await sectionParagraph(maria.page, 'Tidplan').click();
    await maria.page.keyboard.type('Maria före. ');

    const annaText = 'Anna skriver medan läsaren stör.';
    const mariaText = 'Maria skriver också, i ett annat avsnitt.';
    const [codes] = await Promise.all([
      sendFromPage(lena.page, documentUrl!, frames),
      anna.page.keyboard.type(annaText, { delay: 20 }),
      maria.page.keyboard.type(mariaText, { delay: 20 }),
    ]);
    expect(codes.length).toBe(frames.length);
    expect(new Set(codes)).toEqual(new Set([CloseCode.awarenessRejected]));

    // And after it: typing in the same paragraph still reaches the other person.
    await maria.page.keyboard.type(' Sist.');
    for (const page of [anna.page, maria.page, lena.page]) {
      await waitForSectionText(page, 'Nuläge', `Anna före. ${annaText}`);
      await waitForSectionText(page, 'Tidplan', `Maria före. ${mariaText} Sist.`);
    }
    await waitForSaved(anna.page);
    await waitForSaved(maria.page);
    expect(await documentText(anna.page)).toBe(await documentText(maria.page));
    expect(await documentText(lena.page)).toBe(await documentText(anna.page));
    // The cursor plugin is alive: each editor still shows the other's labelled caret.
    await anna.page
      .locator('.collaboration-carets__label', { hasText: demo.ideaBasedEditor.name })
      .waitFor();
    await maria.page
      .locator('.collaboration-carets__label', { hasText: demo.admin.name })
      .waitFor();
    expect(await editorContent(lena.page).getAttribute('contenteditable')).toBe('false');
    expect(errors.flat().map((error) => error.message)).toEqual([]);

    for (const person of [anna, maria, lena]) await person.context.close();
  });
});
