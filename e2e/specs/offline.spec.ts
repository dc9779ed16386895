// Editing offline: kept locally, merged on reconnect; the indicator goes offline → syncing → saved.
import { describe, expect, it } from 'vitest';

import {
  documentText,
  recordSyncHistory,
  screenshot,
  sectionParagraph,
  syncHistory,
  waitForSaved,
} from '../support/app.js';
import { demo, needsAnalysisTitle } from '../support/demo.js';
import { useAppUnderTest } from '../support/suite.js';

/** The statuses after the last 'offline', deduplicated. */
function afterOffline(history: string[]): string[] {
  return history.slice(history.lastIndexOf('offline'));
}

describe('offline editing', () => {
  const app = useAppUnderTest();

  it('keeps edits made offline and converges with the other person on reconnect', async () => {
    const anna = await app.onDocument(demo.admin, needsAnalysisTitle);
    const maria = await app.onDocument(demo.ideaBasedEditor, needsAnalysisTitle);
    await waitForSaved(anna.page);
    await recordSyncHistory(anna.page);

    await anna.context.setOffline(true);
    await anna.page.locator('[data-testid="sync-indicator"][data-status="offline"]').waitFor();
    await anna.page.locator('[data-testid="offline-notice"]').waitFor();

    const offlineText = 'Skrivet utan uppkoppling på tåget.';
    const onlineText = 'Skrivet under tiden av den andra parten.';
    await sectionParagraph(anna.page, 'Omfattning').click();
    await anna.page.keyboard.type(offlineText);
    await sectionParagraph(maria.page, 'Tidplan').click();
    await maria.page.keyboard.type(onlineText);
    await waitForSaved(maria.page);
    await screenshot(anna.page, 'editor-offline');
    expect(await anna.page.getByText(onlineText).count()).toBe(0);

    // "Saved" must come from the hub's durable-save acknowledgement (message 101).
    let acksAfterReconnect = 0;
    anna.page.on('websocket', (socket) => {
      socket.on('framereceived', ({ payload }) => {
        if (typeof payload !== 'string' && payload[0] === 101) acksAfterReconnect++;
      });
    });
    await anna.context.setOffline(false);
    await waitForSaved(anna.page);
    expect(acksAfterReconnect).toBeGreaterThan(0);
    await anna.page.getByText(onlineText).waitFor();
    await maria.page.getByText(offlineText).waitFor();

    const history = afterOffline(await syncHistory(anna.page));
    expect(history[0]).toBe('offline');
    expect(history).toContain('syncing');
    expect(history.indexOf('syncing')).toBeLessThan(history.lastIndexOf('saved'));
    expect(history[history.length - 1]).toBe('saved');

    expect(await documentText(anna.page)).toBe(await documentText(maria.page));
    await screenshot(anna.page, 'editor-back-online');
    await anna.context.close();
    await maria.context.close();
  });
});
