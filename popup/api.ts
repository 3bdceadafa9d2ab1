import browser from 'webextension-polyfill';
import type { PopupToBackground } from '../src/messaging/schemas.ts';
import { type TabState, TabStateSchema } from '../src/storage/items.ts';

/** The popup's only door to the browser: components get data from here, never from `browser.*`. */

const ask = (message: PopupToBackground): Promise<unknown> => browser.runtime.sendMessage(message);

/**
 * The tab the popup speaks about. `?tabId=` wins (tests, and the popup opened as a page); a real popup
 * uses the active tab; the popup opened in a tab of its own uses the tab the user was on before.
 */
export async function resolveTargetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const self = await browser.tabs.getCurrent();
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.id !== self?.id) return active.id;
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== self?.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}

/** What the content script reported for the tab; an unreadable answer reads as "nothing found". */
export async function getTabState(tabId: number): Promise<TabState> {
  const parsed = TabStateSchema.safeParse(await ask({ type: 'get-tab-state', tabId }));
  return parsed.success ? parsed.data : { report: null, job: null, updatedAt: 0 };
}

export const openOptions = (): Promise<void> => browser.runtime.openOptionsPage();
