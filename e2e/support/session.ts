// One signed-in person in their own browser context (own cookies, own IndexedDB).
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { signIn } from './app.js';
import type { DemoLogin } from './demo.js';

export interface Person {
  context: BrowserContext;
  page: Page;
  login: DemoLogin;
}

export async function personSignedIn(
  browser: Browser,
  baseUrl: string,
  login: DemoLogin,
): Promise<Person> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, baseUrl, login.email, login.password);
  return { context, page, login };
}
