// One person in their own browser context (own cookies, own IndexedDB).
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { signIn } from './app.js';
import type { DemoLogin } from './demo.js';

export const VIEWPORT = { width: 1280, height: 900 };

export interface Visitor {
  context: BrowserContext;
  page: Page;
}

export interface Person extends Visitor {
  login: DemoLogin;
}

export async function visitor(browser: Browser): Promise<Visitor> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  return { context, page };
}

export async function personSignedIn(
  browser: Browser,
  baseUrl: string,
  login: DemoLogin,
): Promise<Person> {
  const { context, page } = await visitor(browser);
  await signIn(page, baseUrl, login.email, login.password);
  return { context, page, login };
}
