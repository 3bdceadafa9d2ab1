import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { LaunchOptions, TestBrowser, TestPage } from './driver.ts';
import { respond, type SiteRoutes } from './site-routes.ts';

/** Debian's Firefox ESR, driven over WebDriver BiDi. */
const FIREFOX_PATH = process.env.CANDOR_FIREFOX ?? '/usr/bin/firefox-esr';

/** Must match `browser_specific_settings.gecko.id` in manifest.json. */
const GECKO_ID = 'candor@candor-extension.org';

/**
 * Firefox gives each install a random moz-extension:// host; pinning it lets tests open Candor's pages.
 * (Only for the test profile: a user's install keeps its random, unguessable host.)
 */
const EXTENSION_UUID = '6b1c3d0e-2f4a-4c8e-9a17-0c0ffee0ca4d';

const FIREFOX_PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  // No network here: keep Firefox from reaching out at start-up.
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};

const routedPages = new WeakSet<Page>();

/** Idempotent: a page routed twice would answer each request twice. */
async function routeRequests(page: Page, routes: SiteRoutes): Promise<void> {
  if (routedPages.has(page)) return;
  routedPages.add(page);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    // Candor's own moz-extension:// resources load as they are.
    if (!/^https?:/.test(url)) return void request.continue();
    const response = respond(routes, url);
    if (!response) return void request.abort('blockedbyclient');
    return void request.respond({
      status: response.status,
      contentType: response.contentType,
      body: response.body,
    });
  });
}

/**
 * Firefox loads moz-extension:// pages but Puppeteer never sees that navigation finish (its URL stays
 * about:blank), so for those pages wait on the document itself.
 */
async function goto(page: Page, url: string): Promise<void> {
  if (/^https?:/.test(url)) {
    await page.goto(url, { waitUntil: 'load' });
    return;
  }
  page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => null);
    if (state?.href === url && state.ready === 'complete') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Firefox did not load ${url}`);
}

function wrap(page: Page): TestPage {
  let current = page.url();
  return {
    goto: async (url) => {
      await goto(page, url);
      current = url;
    },
    url: () => (/^https?:/.test(page.url()) ? page.url() : current),
    evaluate: (fn) => page.evaluate(fn) as never,
    evaluateWith: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg) as never,
    waitForSelector: async (selector, timeoutMs = 10_000) => {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    textContent: (selector) => page.$eval(selector, (element) => element.textContent),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    screenshot: async (path, clip) => {
      await page.screenshot(
        clip ? { path: path as `${string}.png`, clip } : { path: path as `${string}.png` },
      );
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchFirefox({
  extensionDir,
  routes,
  headless = true,
  colorScheme = 'light',
}: LaunchOptions): Promise<TestBrowser & { browser: Browser }> {
  const profile = mkdtempSync(join(tmpdir(), 'candor-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    userDataDir: profile,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages (the popup, options) without it.
    args: ['--remote-allow-system-access'],
    // WebDriver BiDi has no media emulation here, so the scheme is the profile's (0 = dark, 1 = light).
    extraPrefsFirefox: {
      ...FIREFOX_PREFS,
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    },
    defaultViewport: { width: 1280, height: 900 },
  });
  await browser.installExtension(resolve(extensionDir));
  // With a window (npm start), tabs the user opens are routed too, so they stay on the offline pages. Not
  // headless: tests open Candor's own pages, which must not be intercepted (see newPage).
  if (!headless) {
    browser.on('targetcreated', async (target) => {
      const page = await target.page().catch(() => null);
      if (page) await routeRequests(page, routes).catch(() => undefined);
    });
  }
  return {
    name: 'firefox',
    browser,
    extensionOrigin: `moz-extension://${EXTENSION_UUID}`,
    newPage: async (url) => {
      const page = await browser.newPage();
      // Only web pages are routed: intercepting Candor's own moz-extension:// loads stalls them.
      if (/^https?:/.test(url)) await routeRequests(page, routes);
      const wrapped = wrap(page);
      await wrapped.goto(url);
      return wrapped;
    },
    closed: new Promise((resolve) => browser.on('disconnected', () => resolve())),
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
