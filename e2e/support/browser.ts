/**
 * Debian's Chromium driven by playwright-core. Never downloads a browser:
 * when /usr/bin/chromium (or $CHROMIUM_PATH) is missing the suite stops with
 * the command that installs it. Each launch uses a fresh temporary profile.
 */
import { existsSync } from 'node:fs';

import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's chromium: apt-get install -y chromium ` +
        '(or point CHROMIUM_PATH at a Chromium binary). The e2e suite never downloads a browser.',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}
