import type messages from '../public/_locales/en/messages.json';
import { webext as browser } from './webext.ts';

/** A key of `_locales/en/messages.json`: the English file is the reference every locale must match. */
export type MessageKey = keyof typeof messages;

/** The UI text for `key` in the browser's language (falls back to English, as `default_locale` says). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
