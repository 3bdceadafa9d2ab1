import browser, { type Runtime } from 'webextension-polyfill';
import { migrateItem, readItem, writeItem } from '../storage/item.ts';
import { persistentItems, tabStateItem } from '../storage/items.ts';
import { type BackgroundDeps, handleMessage } from './handlers.ts';

/**
 * The service worker (an event page in Firefox). Every listener is registered synchronously at the top
 * level, so an event that wakes the worker finds its listener; no state is kept in globals.
 */

const deps: BackgroundDeps = {
  extensionId: browser.runtime.id,
  extensionOrigin: new URL(browser.runtime.getURL('')).origin,
  readTabState: (tabId) => readItem(tabStateItem(tabId)),
  writeTabState: (tabId, state) => writeItem(tabStateItem(tabId), state),
  // Without the "tabs" permission a tab's URL is visible only on the sites Candor has host access to.
  tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
  now: () => Date.now(),
};

browser.runtime.onInstalled.addListener(async () => {
  for (const item of persistentItems) await migrateItem(item);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender, deps),
);

const forgetTab = (tabId: number) => browser.storage.session.remove(tabStateItem(tabId).key);

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
