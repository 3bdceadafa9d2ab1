import type { Browser } from 'webextension-polyfill';

/**
 * The browser's own WebExtension API, for code that runs in Upwork's pages. The content script does without
 * webextension-polyfill (3 KiB gzipped on every page, against a 16 KiB budget): what it calls returns promises
 * natively in Firefox and in Chrome's MV3 (`runtime.sendMessage`, `storage.*`, `i18n.getMessage`), and its
 * `onMessage` listener answers with `sendResponse`, which both browsers support. Extension pages and the
 * background keep the polyfill.
 */
export const webext: Browser =
  (globalThis as { browser?: Browser }).browser ?? (globalThis as unknown as { chrome: Browser }).chrome;
