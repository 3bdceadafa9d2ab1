import type messages from '../public/_locales/en/messages.json';
import type { Part, Stance } from './policy/types.ts';
import { webext as browser } from './webext.ts';

/** A key of `_locales/en/messages.json`: the English file is the reference every locale must match. */
export type MessageKey = keyof typeof messages;

/** The UI text for `key` in the browser's language (falls back to English, as `default_locale` says). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** The short name of a stance ("no AI", "AI with conditions"…), shared by the page, the badge and the popup. */
export const stanceName = (stance: Stance, translate: Translate = t): string =>
  translate(`inpage_stance_${stance}` as MessageKey);

/** The name of a part of the engagement ("Proposal", "Work", "Communication"). */
export const partName = (part: Part, translate: Translate = t): string =>
  translate(`inpage_part_${part}` as MessageKey);
