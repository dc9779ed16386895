/**
 * One real server (fresh DATA_DIR, demo seed) and one browser per spec file.
 * `useAppUnderTest()` inside a describe block starts both before its tests
 * and stops both afterwards; its methods give each person their own browser
 * context (own cookies, own IndexedDB), like separate computers.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';

import { openDocument, screenshot } from './app.js';
import { launchBrowser } from './browser.js';
import type { DemoLogin } from './demo.js';
import { startServer } from './server.js';
import type { RunningServer } from './server.js';
import { personSignedIn, visitor } from './session.js';
import type { Person, Visitor } from './session.js';

export interface AppUnderTest {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly baseUrl: string;
  /** Someone who has not signed in (yet). */
  visitor(): Promise<Visitor>;
  /** A demo person, signed in, on their workspace list. */
  signedIn(login: DemoLogin): Promise<Person>;
  /** A demo person, signed in, with the first document whose title matches open. */
  onDocument(login: DemoLogin, title: RegExp): Promise<Person>;
}

export function useAppUnderTest(
  options: {
    /** Extra server environment, read when the server starts (after earlier beforeAll hooks). */
    env?: () => Record<string, string>;
  } = {},
): AppUnderTest {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer(options.env?.() ?? {});
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // A failed test leaves a screenshot of every page still open (e2e/artifacts/failed-…) and
  // names them in the log, so a failure seen once in CI can be read afterwards.
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      const pages = browser?.contexts().flatMap((context) => context.pages()) ?? [];
      const slug = task.name.replace(/[^\p{L}\d]+/gu, '-').slice(0, 60);
      for (const [index, page] of pages.entries()) {
        const name = `failed-${slug}-${index + 1}`;
        await screenshot(page, name).catch(() => undefined);
        console.error(`failed test: page ${index + 1} at ${page.url()}: e2e/artifacts/${name}.png`);
      }
    });
  });

  const started = () => {
    if (!server || !browser) throw new Error('useAppUnderTest: used outside a test');
    return { server, browser };
  };

  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    get baseUrl() {
      return started().server.baseUrl;
    },
    visitor: () => visitor(started().browser),
    signedIn: (login) => personSignedIn(started().browser, started().server.baseUrl, login),
    onDocument: async (login, title) => {
      const person = await personSignedIn(started().browser, started().server.baseUrl, login);
      await openDocument(person.page, started().server.baseUrl, title);
      return person;
    },
  };
}
