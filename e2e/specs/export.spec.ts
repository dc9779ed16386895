// Export from the editor: the "Exportera" menu opens by keyboard, passes axe
// (no serious or critical violations while open), and choosing PDF shows
// progress, then downloads a PDF named after the document whose text
// (pdftotext) holds the document's title and its signature block.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

import { seriousViolations } from '../support/axe.js';
import { demo } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

const run = promisify(execFile);
const IOP_TITLE = 'IOP-avtal – utkast';

describe('document export', () => {
  const app = useAppUnderTest();

  it('exports the IOP agreement as a PDF from the editor, with an accessible menu', async () => {
    const person = await app.onDocument(demo.admin, /IOP-avtal/);
    const { page } = person;
    const button = page.getByRole('button', { name: 'Exportera' });
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Exportera dokumentet som' });
    await menu.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    // The first item has focus; the arrows move through PDF, Word and Markdown.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('PDF');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Word (DOCX)');
    expect(await seriousViolations(page)).toEqual([]);
    if (process.env.EXPORT_SCREENSHOT)
      await page.screenshot({ path: process.env.EXPORT_SCREENSHOT });
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Exportera');

    // Every text the live region shows, recorded as it changes (the progress line is brief).
    await page.evaluate(() => {
      const region = document.querySelector('.export-menu [role="status"]')!;
      const seen: string[] = [];
      (window as unknown as { exportStatuses: string[] }).exportStatuses = seen;
      new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await button.click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${IOP_TITLE}.pdf`);
    await page
      .getByRole('status')
      .filter({ hasText: `Klart: ${IOP_TITLE}.pdf` })
      .waitFor();

    const dir = await mkdtemp(join(tmpdir(), 'samverka-e2e-export-'));
    try {
      const path = join(dir, 'export.pdf');
      await download.saveAs(path);
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
      const text = stdout.replace(/\s+/g, ' ');
      expect(text).toContain(IOP_TITLE);
      expect(text).toContain('Ängby kommun');
      expect(text).toContain('Namnförtydligande');
      const { stdout: info } = await run('pdfinfo', [path]);
      expect(info).toMatch(/Tagged:\s+yes/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await person.context.close();
  });
});
