// Section ids in the real editor: template headings carry their section key, an edited heading
// keeps its id, a new heading gets a fresh one, and both editors see the same ids.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { editorContent, sectionParagraph, waitForSaved } from '../support/app.js';
import { demo, needsAnalysisTitle } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

/** [heading text, section id] of every heading, in order. */
function headingIds(page: Page): Promise<Array<[string, string | null]>> {
  return editorContent(page).evaluate((root) =>
    [...root.querySelectorAll('h1, h2, h3')].map((heading): [string, string | null] => [
      heading.textContent ?? '',
      heading.getAttribute('data-section-id'),
    ]),
  );
}

describe('section ids', () => {
  const app = useAppUnderTest();

  it('keeps ids through edits, gives a new heading a fresh one, the same for everyone', async () => {
    const anna = await app.onDocument(demo.admin, needsAnalysisTitle);
    const erik = await app.onDocument(demo.ideaBasedEditor, needsAnalysisTitle);

    const before = await headingIds(anna.page);
    const scope = before.find(([text]) => text === 'Omfattning');
    expect(scope?.[1]).toBe('scope');

    // Rename a heading: its id stays.
    await anna.page.locator('.prose h2:text-is("Omfattning")').click();
    await anna.page.keyboard.press('End');
    await anna.page.keyboard.type(' och avgränsning');
    // Add a heading of its own in the section's paragraph (Markdown shortcut "## ").
    await sectionParagraph(anna.page, 'Tidplan').click();
    await anna.page.keyboard.press('End');
    await anna.page.keyboard.press('Enter');
    await anna.page.keyboard.type('## Milstolpar');
    await waitForSaved(anna.page);

    await erik.page.locator('.prose h2:text-is("Milstolpar")').waitFor();
    const after = await headingIds(anna.page);
    expect(after.find(([text]) => text === 'Omfattning och avgränsning')?.[1]).toBe('scope');
    const added = after.find(([text]) => text === 'Milstolpar')?.[1];
    expect(added).toMatch(/^s-[a-z0-9]{12}$/);
    expect(new Set(after.map(([, id]) => id)).size).toBe(after.length);
    await erik.page.waitForFunction(
      (expected) =>
        JSON.stringify(
          [...document.querySelectorAll('[data-testid="editor-content"] h2')].map((h) =>
            h.getAttribute('data-section-id'),
          ),
        ) === expected,
      JSON.stringify(after.map(([, id]) => id)),
    );
    await anna.context.close();
    await erik.context.close();
  });
});
