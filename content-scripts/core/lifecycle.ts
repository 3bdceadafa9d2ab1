import { webext as browser } from '../../src/webext.ts';

/**
 * The content script's lifetime as an AbortSignal. After the extension is updated or reloaded, the old
 * script keeps running in open pages with a dead `browser.runtime` ("Extension context invalidated"); the
 * new one announces itself with a DOM event, and the old one stops everything it started.
 */

const STARTED_EVENT = 'candor:content-script-started';

export function contentScriptLifetime(): AbortSignal {
  const controller = new AbortController();
  const token = Math.random().toString(36).slice(2);
  document.dispatchEvent(new CustomEvent(STARTED_EVENT, { detail: token }));
  document.addEventListener(
    STARTED_EVENT,
    (event) => {
      if ((event as CustomEvent<unknown>).detail !== token) controller.abort('superseded');
    },
    { signal: controller.signal },
  );
  return controller.signal;
}

/** False once this script's extension context is gone. */
export const extensionAlive = (): boolean => {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
};
