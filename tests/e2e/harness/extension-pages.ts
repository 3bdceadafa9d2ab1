import type { Browser } from 'webextension-polyfill';
import type { TestBrowser, TestPage } from '../../../scripts/lib/browsers/driver.ts';
import type { NoteAction, NoteTarget, WriteOutcome } from '../../../src/messaging/schemas.ts';
import type { TabState } from '../../../src/storage/items.ts';

/**
 * Test access to Candor from its own pages, as the popup has it. Functions passed to `evaluate` run inside
 * the extension page, where Firefox names the API `browser` and Chromium `chrome`.
 */

type ExtensionApi = Browser;

/** The id of the tab whose URL starts with `tabUrl`, looked up from an extension page. */
async function tabIdOf(page: TestPage, tabUrl: string): Promise<number> {
  const tabId = await page.evaluateWith(async (prefix) => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const tabs = await (scope.browser ?? scope.chrome).tabs.query({});
    return tabs.find((tab) => tab.url?.startsWith(prefix))?.id ?? null;
  }, tabUrl);
  if (tabId === null) throw new Error(`No tab open at ${tabUrl}`);
  return tabId;
}

/**
 * Runs `fn` in a fresh extension page with the id of the tab at `tabUrl` and `arg`, then closes the page.
 * `fn` must be self-contained: it is serialized into the page.
 */
async function withTab<A, T>(
  browser: TestBrowser,
  tabUrl: string,
  fn: (input: { tabId: number; arg: A }) => Promise<T>,
  arg: A,
): Promise<T> {
  const page = await browser.newPage(`${browser.extensionOrigin}/popup/index.html`);
  try {
    return await page.evaluateWith(fn, { tabId: await tabIdOf(page, tabUrl), arg });
  } finally {
    await page.close();
  }
}

/**
 * Opens Candor's popup as a page, speaking about the tab whose URL starts with `tabUrl`. A popup opened as a
 * tab sees itself as the active tab, so the test looks the target up and passes `?tabId=`.
 */
export async function openPopupFor(browser: TestBrowser, tabUrl: string): Promise<TestPage> {
  const popup = await browser.newPage(`${browser.extensionOrigin}/popup/index.html`);
  await popup.goto(`${browser.extensionOrigin}/popup/index.html?tabId=${await tabIdOf(popup, tabUrl)}`);
  return popup;
}

/** What the background holds for the tab at `tabUrl` (page report and job reading), as the popup asks. */
export const tabStateFor = (browser: TestBrowser, tabUrl: string): Promise<TabState> =>
  withTab(
    browser,
    tabUrl,
    async ({ tabId }) => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      return (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'get-tab-state', tabId });
    },
    null,
  );

/** Sends the popup's `write-note` for the tab at `tabUrl` and returns the outcome. */
export const writeNoteIn = (
  browser: TestBrowser,
  tabUrl: string,
  write: { target: NoteTarget; action: NoteAction; text?: string; lang?: 'en' | 'es' },
): Promise<WriteOutcome> =>
  withTab(
    browser,
    tabUrl,
    async ({ tabId, arg }) => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      return (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'write-note', tabId, ...arg });
    },
    write,
  );

/** The toolbar badge Candor set for the tab at `tabUrl`: its text and tooltip. */
export const badgeFor = (browser: TestBrowser, tabUrl: string): Promise<{ text: string; title: string }> =>
  withTab(
    browser,
    tabUrl,
    async ({ tabId }) => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      const { action } = scope.browser ?? scope.chrome;
      const [text, title] = await Promise.all([action.getBadgeText({ tabId }), action.getTitle({ tabId })]);
      return { text, title };
    },
    null,
  );
