import { removeNote } from './edit.ts';

export type LimitCheck = { ok: true } | { ok: false; over: number };

/**
 * Whether writing `next` over `current` respects a field's character limit (null: none). Candor never
 * shortens the user's text to make room, so a write is either made whole or refused, and a refusal tells how
 * many characters the note must lose (the popup offers a shorter note).
 *
 * Allowed although over the limit:
 * - a write that does not lengthen the field (removing the note, or a shorter note after the user typed
 *   more): refusing it would leave the field longer still;
 * - a write where the user's text alone, without the note, is over the limit: no note could fit, so a
 *   refusal would only leave the note out; the field's length comes back in the outcome, and Upwork's own
 *   counter shows the user how much of their text to cut.
 *
 * Length is `String.length`, UTF-16 code units, as Upwork's Vue counter (`limit - value.length`) and the
 * textarea's `maxlength` count. An emoji outside the Basic Multilingual Plane counts 2 here; if Upwork's
 * server counted code points instead it would count 1, so this count is never the more lenient one.
 */
export function checkLimit(next: string, limit: number | null, current: string): LimitCheck {
  if (limit === null || next.length <= limit || next.length <= current.length) return { ok: true };
  if (removeNote(next).text.length > limit) return { ok: true };
  return { ok: false, over: next.length - limit };
}
