import type { Browser } from 'webextension-polyfill';
import type { TestBrowser, TestPage } from '../../../scripts/lib/browsers/driver.ts';
import type { NoteAction, NoteTarget, WriteOutcome } from '../../../src/messaging/schemas.ts';
import type { TabState } from '../../../src/storage/items.ts';

/**
 * Opens Candor's popup as a page, speaking about the tab whose URL starts with `tabUrl`. A popup opened as a
 * tab sees itself as the active tab, so the test looks the target up and passes `?tabId=`.
 */
export async function openPopupFor(browser: TestBrowser, tabUrl: string): Promise<TestPage> {
  const popup = await browser.newPage(`${browser.extensionOrigin}/popup/index.html`);
  const tabId = await popup.evaluateWith(async (prefix) => {
    // Runs inside an extension page: Firefox names the API `browser`, Chromium `chrome`.
    const scope = globalThis as unknown as { browser?: Browser; chrome: Browser };
    const api = scope.browser ?? scope.chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url?.startsWith(prefix))?.id ?? null;
  }, tabUrl);
  if (tabId === null) throw new Error(`No tab open at ${tabUrl}`);
  await popup.goto(`${browser.extensionOrigin}/popup/index.html?tabId=${tabId}`);
  return popup;
}

/**
 * What the background holds for the tab at `tabUrl` (page report and job reading), asked from an extension
 * page as the popup would. The extension page is closed afterwards.
 */
export async function tabStateFor(browser: TestBrowser, tabUrl: string): Promise<TabState> {
  const page = await browser.newPage(`${browser.extensionOrigin}/popup/index.html`);
  try {
    return await page.evaluateWith(async (prefix) => {
      const scope = globalThis as unknown as { browser?: Browser; chrome: Browser };
      const api = scope.browser ?? scope.chrome;
      const tab = (await api.tabs.query({})).find((candidate) => candidate.url?.startsWith(prefix));
      if (tab?.id === undefined) throw new Error(`No tab open at ${prefix}`);
      return api.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id });
    }, tabUrl);
  } finally {
    await page.close();
  }
}

/** Sends the popup's `write-note` for the tab at `tabUrl`, from an extension page, and returns the outcome. */
export async function writeNoteIn(
  browser: TestBrowser,
  tabUrl: string,
  write: { target: NoteTarget; action: NoteAction; text?: string; lang?: 'en' | 'es' },
): Promise<WriteOutcome> {
  const page = await browser.newPage(`${browser.extensionOrigin}/popup/index.html`);
  try {
    return await page.evaluateWith(
      async ({ prefix, write }) => {
        const scope = globalThis as unknown as { browser?: Browser; chrome: Browser };
        const api = scope.browser ?? scope.chrome;
        const tab = (await api.tabs.query({})).find((candidate) => candidate.url?.startsWith(prefix));
        if (tab?.id === undefined) throw new Error(`No tab open at ${prefix}`);
        return api.runtime.sendMessage({ type: 'write-note', tabId: tab.id, ...write });
      },
      { prefix: tabUrl, write },
    );
  } finally {
    await page.close();
  }
}

/** The toolbar badge Candor set for the tab at `tabUrl`: its text and tooltip. */
export async function badgeFor(
  browser: TestBrowser,
  tabUrl: string,
): Promise<{ text: string; title: string }> {
  const page = await browser.newPage(`${browser.extensionOrigin}/popup/index.html`);
  try {
    return await page.evaluateWith(async (prefix) => {
      const scope = globalThis as unknown as { browser?: Browser; chrome: Browser };
      const api = scope.browser ?? scope.chrome;
      const tab = (await api.tabs.query({})).find((candidate) => candidate.url?.startsWith(prefix));
      if (tab?.id === undefined) throw new Error(`No tab open at ${prefix}`);
      const [text, title] = await Promise.all([
        api.action.getBadgeText({ tabId: tab.id }),
        api.action.getTitle({ tabId: tab.id }),
      ]);
      return { text, title };
    }, tabUrl);
  } finally {
    await page.close();
  }
}
