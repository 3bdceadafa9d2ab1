import browser, { type Runtime } from 'webextension-polyfill';
import { t } from '../i18n.ts';
import { ledgerItem } from '../ledger/entry.ts';
import { dismissalsItem } from '../storage/dismissals.ts';
import { migrateItem, readItem, writeItem } from '../storage/item.ts';
import { jobDeclarationsItem, persistentItems, settingsItem } from '../storage/items.ts';
import { jobCacheItem } from '../storage/job-cache.ts';
import type { ItemDefinition } from '../storage/recover.ts';
import { tabJobItem, tabKeys, tabReportItem } from '../storage/tab-state.ts';
import { badgeFor } from './badge.ts';
import { type BackgroundDeps, handleMessage } from './handlers.ts';

/**
 * The service worker (an event page in Firefox). Every listener is registered synchronously at the top
 * level, so an event that wakes the worker finds its listener; no state is kept in globals.
 */

const deps: BackgroundDeps = {
  extensionId: browser.runtime.id,
  extensionOrigin: new URL(browser.runtime.getURL('')).origin,
  readTabReport: (tabId) => readItem(tabReportItem(tabId)),
  writeTabReport: (tabId, state) => writeItem(tabReportItem(tabId), state),
  readTabJob: (tabId) => readItem(tabJobItem(tabId)),
  writeTabJob: (tabId, state) => writeItem(tabJobItem(tabId), state),
  // Without the "tabs" permission a tab's URL is visible only on the sites Candor has host access to.
  tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
  promptsEnabled: async () => (await readItem(settingsItem)).inPagePrompt,
  guardEnabled: async () => (await readItem(settingsItem)).preSubmitGuard,
  declarationFor: async (jobId) => (await readItem(jobDeclarationsItem))[jobId]?.declaration ?? null,
  readDismissals: () => readItem(dismissalsItem),
  writeDismissals: (dismissals) => writeItem(dismissalsItem, dismissals),
  readJobCache: () => readItem(jobCacheItem),
  writeJobCache: (cache) => writeItem(jobCacheItem, cache),
  showStance: async (tabId, reading, partial) => {
    const enabled = reading !== null && (await readItem(settingsItem)).badge;
    const badge = enabled ? badgeFor(reading, partial, t) : null;
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge?.text ?? '' }),
      badge && browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      badge && browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
      browser.action.setTitle({ tabId, title: badge?.title ?? browser.i18n.getMessage('actionTitle') }),
    ]).catch(() => undefined); // The tab may have closed meanwhile.
  },
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  openPopupFor: async (tabId) => {
    try {
      // Chrome 127+ opens the popup without a user gesture; Firefox wants one, which a message does not carry.
      await browser.action.openPopup();
    } catch {
      const url = browser.runtime.getURL(`popup/index.html?tabId=${tabId}`);
      await browser.windows.create({ url, type: 'popup', width: 440, height: 680 });
    }
  },
  now: () => Date.now(),
};

browser.runtime.onInstalled.addListener(async () => {
  const stored = [...persistentItems, ledgerItem, jobCacheItem, dismissalsItem] as ItemDefinition<unknown>[];
  for (const item of stored) await migrateItem(item);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender, deps),
);

browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabKeys(tabId)));
