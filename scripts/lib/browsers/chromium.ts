import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { LaunchOptions, TestBrowser, TestPage } from './driver.ts';
import { respond } from './site-routes.ts';

/** Debian's Chromium: Playwright cannot download a browser here, and does not need to. */
const CHROMIUM_PATH = process.env.CANDOR_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep a headless Chromium quiet on a machine with no network (and running as root). */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function wrap(page: Page): TestPage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: () => page.url(),
    evaluate: (fn) => page.evaluate(fn),
    evaluateWith: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    waitForSelector: async (selector, timeoutMs = 10_000) => {
      await page.waitForSelector(selector, { state: 'attached', timeout: timeoutMs });
    },
    click: (selector) => page.click(selector),
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    textContent: (selector) => page.textContent(selector),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path, clip) => {
      await page.screenshot(clip ? { path, clip } : { path });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchChromium({
  extensionDir,
  routes,
  headless = true,
  colorScheme = 'light',
}: LaunchOptions): Promise<TestBrowser & { context: BrowserContext }> {
  const dir = resolve(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'candor-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    viewport: { width: 1280, height: 900 },
    colorScheme,
  });
  // Web requests only: Candor's own chrome-extension:// resources must load as they are.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const response = respond(routes, route.request().url());
      if (!response) return route.abort('blockedbyclient');
      return route.fulfill({
        status: response.status,
        contentType: response.contentType,
        body: response.body,
      });
    },
  );
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  // Node's URL gives non-special schemes an opaque "null" origin, so cut scheme://host by hand.
  const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
  const used = new WeakSet<Page>();
  return {
    name: 'chromium',
    context,
    extensionOrigin,
    newPage: async (url) => {
      // The tab Chromium opens with is used first, so a window does not start with an empty tab beside ours.
      const startTab = context.pages().find((p) => p.url() === 'about:blank' && !used.has(p));
      const page = startTab ?? (await context.newPage());
      used.add(page);
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    closed: new Promise((resolve) => context.on('close', () => resolve())),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
