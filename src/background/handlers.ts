import { ContentToBackground, PopupToBackground } from '../messaging/schemas.ts';
import { isContentSender, isExtensionPageSender, type SenderLike } from '../messaging/sender.ts';
import type { TabState } from '../storage/items.ts';

/**
 * The background's message handling, with its browser dependencies passed in so it can be tested without
 * one. Holds no state: everything lives in storage, because the service worker can be killed at any moment.
 */

export interface BackgroundDeps {
  extensionId: string;
  extensionOrigin: string;
  readTabState(tabId: number): Promise<TabState>;
  writeTabState(tabId: number, state: TabState): Promise<void>;
  /** The tab's URL where the extension may see it (a marketplace page), else undefined. */
  tabUrl(tabId: number): Promise<string | undefined>;
  now(): number;
}

/** Thrown back to the sender of a message we refuse; nothing has been changed when it is thrown. */
export class RejectedMessage extends Error {
  override name = 'RejectedMessage';
}

/**
 * Returns a Promise for the messages Candor handles and `undefined` for anything else, as
 * webextension-polyfill expects, so that other listeners (none today) could still answer.
 */
export function handleMessage(
  message: unknown,
  sender: SenderLike,
  deps: BackgroundDeps,
): Promise<unknown> | undefined {
  if (isContentSender(sender, deps.extensionId)) {
    const parsed = ContentToBackground.safeParse(message);
    if (!parsed.success)
      return Promise.reject(new RejectedMessage('Malformed message from a content script.'));
    return fromContent(parsed.data, sender.tab.id, deps);
  }
  if (isExtensionPageSender(sender, deps.extensionId, deps.extensionOrigin)) {
    const parsed = PopupToBackground.safeParse(message);
    if (!parsed.success)
      return Promise.reject(new RejectedMessage('Malformed message from an extension page.'));
    return fromPopup(parsed.data, deps);
  }
  return undefined;
}

async function fromContent(
  message: ContentToBackground,
  tabId: number,
  deps: BackgroundDeps,
): Promise<unknown> {
  switch (message.type) {
    case 'page-report': {
      await deps.writeTabState(tabId, { report: message.report, updatedAt: deps.now() });
      return { ok: true };
    }
  }
}

async function fromPopup(message: PopupToBackground, deps: BackgroundDeps): Promise<unknown> {
  switch (message.type) {
    case 'get-tab-state': {
      const [state, url] = await Promise.all([deps.readTabState(message.tabId), deps.tabUrl(message.tabId)]);
      // A report outlives its page when the tab moves on to a site Candor does not run on: drop it then.
      return state.report && state.report.url === url ? state : { report: null, updatedAt: state.updatedAt };
    }
  }
}
